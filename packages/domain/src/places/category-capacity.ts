import type { FieldError } from "../errors.ts";

/**
 * How many entrants a category (组别/工种/项目) takes. null means no limit: every approved
 * registration is confirmed at once.
 */
export interface CategoryCapacity {
  categoryId: string;
  /** The category's name as people read it, e.g. "男子单打". */
  categoryName: string;
  capacity: number | null;
}

/** A capacity larger than any real contest; beyond it the number is a typing error. */
export const maximumCategoryCapacity = 100_000;

/** Every problem with the categories' capacities, each naming the category it is about. */
export function validateCategoryCapacities(capacities: readonly CategoryCapacity[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  capacities.forEach((category, index) => {
    const name = category.categoryName.trim() || category.categoryId.trim();
    const label = name === "" ? `第 ${index + 1} 个组别` : `组别“${name}”`;
    if (category.categoryId.trim() === "") {
      errors.push({ field: `capacities.${index}.categoryId`, code: "REQUIRED", message: "请选择组别" });
    } else if (seen.has(category.categoryId)) {
      errors.push({
        field: `capacities.${index}.categoryId`,
        code: "CATEGORY_CAPACITY_DUPLICATE",
        message: `${label}的名额设置了不止一次`,
      });
    }
    seen.add(category.categoryId);
    const { capacity } = category;
    if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1 || capacity > maximumCategoryCapacity)) {
      errors.push({
        field: `capacities.${index}.capacity`,
        code: "CATEGORY_CAPACITY_RANGE",
        message: `${label}的名额应为 1–${maximumCategoryCapacity} 的整数；不限名额请留空`,
      });
    }
  });
  return errors;
}
