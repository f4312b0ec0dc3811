import type { FieldError, Reason } from "../errors.ts";

/**
 * Paths to the offending part of a configuration, in one style: "rounds[1].weight". The building
 * blocks report against their own root ("limits[0].percent", "capacities.0.capacity", "total");
 * these helpers re-root them under the configuration's field and write list indexes in brackets.
 */

/** "capacities.0.capacity" → "capacities[0].capacity". */
export function bracketIndexes(path: string): string {
  return path.replace(/\.(\d+)(?=\.|$)/g, "[$1]");
}

/**
 * A block's field errors under `prefix`. `blockRoot` is the name the block gives its own root
 * (a list validator's "limits"), replaced by the prefix; other fields are appended to it.
 */
export function fieldErrorsAt(prefix: string, errors: readonly FieldError[], blockRoot?: string): FieldError[] {
  return errors.map((error) => {
    const rest =
      blockRoot !== undefined && error.field.startsWith(blockRoot) ? error.field.slice(blockRoot.length) : null;
    const field =
      rest !== null && (rest === "" || /^[.[]/.test(rest))
        ? prefix + rest
        : error.field === ""
          ? prefix
          : `${prefix}.${error.field}`;
    return { field: bracketIndexes(field), code: error.code, message: error.message };
  });
}

/** A block's reasons, which name no field, as problems of the part at `path`. */
export function reasonsAt(path: string, reasons: readonly Reason[]): FieldError[] {
  return reasons.map((reason) => ({ field: path, code: reason.code, message: reason.message }));
}
