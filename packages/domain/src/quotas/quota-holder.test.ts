import { describe, expect, it } from "vitest";
import { childPath } from "../organization-tree.ts";
import { countNominationsByQuotaHolder } from "./quota-holder.ts";

const city = childPath(null, 1);
const guta = childPath(city, 2);
const gutaIndustry = childPath(guta, 5);
const linghe = childPath(city, 3);

describe("countNominationsByQuotaHolder", () => {
  it("counts each nomination against the nearest holder above it", () => {
    const result = countNominationsByQuotaHolder(
      [
        { code: "JZ-GT", path: guta },
        { code: "GT-IU", path: gutaIndustry },
        { code: "JZ-LH", path: linghe },
      ],
      [
        { nominationId: 1, organizationPath: childPath(guta, 7) },
        { nominationId: 2, organizationPath: childPath(gutaIndustry, 9) },
        { nominationId: 3, organizationPath: childPath(gutaIndustry, 10) },
        { nominationId: 4, organizationPath: childPath(city, 4) },
      ],
    );
    expect(result).toEqual({ counts: { "JZ-GT": 1, "GT-IU": 2, "JZ-LH": 0 }, unattributed: [4] });
  });
});
