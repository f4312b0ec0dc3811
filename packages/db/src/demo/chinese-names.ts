import type { Gender } from "@jinzhou/domain";
import type { DemoRandom } from "./random.ts";

/**
 * Fictional Chinese personal names for the demo. Surnames are weighted roughly by how common they
 * are in Liaoning (王, 李, 张, 刘 lead; 于, 孙 and 赵 are more frequent in the north-east than
 * nationally), so a roster looks like a real Jinzhou roster without copying anyone's name.
 */
const surnames: readonly (readonly [string, number])[] = [
  ["王", 10],
  ["李", 9],
  ["张", 9],
  ["刘", 8],
  ["陈", 4],
  ["杨", 4],
  ["赵", 5],
  ["孙", 5],
  ["于", 4],
  ["周", 3],
  ["吴", 3],
  ["徐", 3],
  ["高", 3],
  ["马", 3],
  ["朱", 2],
  ["胡", 2],
  ["郭", 2],
  ["何", 2],
  ["林", 2],
  ["宋", 2],
  ["郑", 2],
  ["韩", 2],
  ["冯", 2],
  ["董", 2],
  ["曹", 2],
  ["田", 2],
  ["姜", 2],
  ["崔", 2],
  ["付", 1],
  ["白", 1],
  ["邢", 1],
  ["常", 1],
  ["鲁", 1],
  ["佟", 1],
  ["关", 1],
  ["金", 1],
];

// Characters common in given names of people born 1957–1997, the ages the demo covers.
const givenNameCharacters: Record<Gender, readonly string[]> = {
  MALE: [..."伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帅旭宁龙林峰东海建国志文立新成德庆春雷亮松彬洪岩"],
  FEMALE: [..."芳娜敏静丽艳娟霞秀玲桂英红梅琳燕雪婷颖倩佳慧莉欣楠丹晶玉洁萍蕾妍月萌爽双薇"],
};

function givenName(random: DemoRandom, gender: Gender): string {
  const characters = givenNameCharacters[gender];
  // About a third of people in the north-east carry a one-character given name.
  if (random.chance(0.3)) return random.pick(characters);
  const first = random.pick(characters);
  let second = random.pick(characters);
  while (second === first) second = random.pick(characters);
  return first + second;
}

/**
 * A name nobody else in `taken` has: real rosters do repeat names, but in a demo two 王伟 in one
 * search result look like a duplicate-record bug.
 */
export function uniquePersonName(random: DemoRandom, gender: Gender, taken: Set<string>): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const name = random.weighted(surnames) + givenName(random, gender);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  throw new Error("ran out of distinct demo names");
}
