import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger" | "text";

/** A button large enough for a thumb; `busy` disables it and shows that the request is on its way. */
export function Button({
  variant = "primary",
  busy = false,
  block = false,
  className,
  disabled,
  children,
  type = "button",
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; busy?: boolean; block?: boolean }) {
  const classes = ["button", `button-${variant}`, block ? "button-block" : "", className ?? ""].filter(Boolean);
  return (
    <button type={type} className={classes.join(" ")} disabled={disabled || busy} aria-busy={busy} {...rest}>
      {busy ? <span className="spinner" aria-hidden="true" /> : null}
      {children}
    </button>
  );
}
