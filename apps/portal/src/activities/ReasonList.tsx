/** Every reason the API gave for a refusal, in its own (Chinese) words, one per line. */
export function ReasonList({ reasons }: { reasons: { code: string; message: string }[] }) {
  return (
    <ul className="reason-list">
      {reasons.map((reason) => (
        <li key={`${reason.code}-${reason.message}`} data-code={reason.code}>
          {reason.message}
        </li>
      ))}
    </ul>
  );
}
