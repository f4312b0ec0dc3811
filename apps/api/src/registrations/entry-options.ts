import {
  type ActivityConfiguration,
  type ActivityState,
  activityEligibilityRules,
  checkEligibility,
  decideEntryOption,
  type EntryOption,
  isLiveRegistrationState,
} from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { liveKeyOf } from "./create-entry.ts";
import { eligibilityCandidateOf, existingEntriesOf } from "./worker-eligibility.ts";

export interface EntryOptionActivity {
  id: number;
  name: string;
  state: ActivityState;
  registrationClosesOn: string | null;
  configuration: unknown;
  categories: { id: number; key: string; name: string }[];
}

export interface CategoryEntryOption extends EntryOption {
  categoryId: number;
  /** The registration the worker holds in this category, if live. */
  registrationId: number | null;
}

/** The signed-in worker with everything eligibility needs, read once per request for every activity on a page. */
const selfByContext = new WeakMap<Context, ReturnType<typeof loadSelf>>();

function loadSelf(context: Context, workerId: number) {
  return context.prisma.worker.findUnique({
    where: { id: workerId },
    include: {
      organization: { include: { safetyAccidents: { select: { occurredOn: true } } } },
      honours: { select: { code: true } },
      registrations: {
        select: {
          liveKey: true,
          registration: {
            select: {
              id: true,
              state: true,
              activityId: true,
              categoryId: true,
              category: { select: { key: true, name: true } },
            },
          },
        },
      },
    },
  });
}

/**
 * For the signed-in worker, each category of the activity: may they register themselves now and,
 * if not, every reason (decideEntryOption) — shown before they fill anything in. Registering checks
 * all of it again. Empty for anyone who is not a worker.
 */
export async function entryOptionsFor(context: Context, activity: EntryOptionActivity): Promise<CategoryEntryOption[]> {
  const workerId = context.actor?.role === "WORKER" ? context.actor.workerId : null;
  if (workerId === null || workerId === undefined) return [];
  const pending = selfByContext.get(context) ?? loadSelf(context, workerId);
  selfByContext.set(context, pending);
  const worker = await pending;
  if (!worker) return [];
  const configuration = activity.configuration as ActivityConfiguration;
  const candidate = eligibilityCandidateOf(worker);
  const memberships = worker.registrations.filter((member) => member.registration.activityId === activity.id);
  return activity.categories.flatMap((category) => {
    const configured = configuration.categories.find(
      (candidateCategory) => candidateCategory.categoryId === category.key,
    );
    if (!configured) return [];
    const rules = activityEligibilityRules(configuration, category.key, activity);
    const onePerActivity = rules.some((ruleSet) => ruleSet.entriesPerWorker === "ONE_PER_ACTIVITY");
    const liveKey = liveKeyOf(activity, category, onePerActivity, true, worker.id);
    const holding = memberships.find((member) => member.liveKey === liveKey);
    const own = memberships.find(
      (member) => member.registration.categoryId === category.id && isLiveRegistrationState(member.registration.state),
    );
    const option = decideEntryOption({
      activity: {
        name: activity.name,
        state: activity.state,
        registrationClosesOn: activity.registrationClosesOn,
        entryChannels: configuration.entryChannels,
      },
      category: { name: category.name, entrant: configured.entrant },
      today: context.today,
      eligibility: checkEligibility(candidate, rules, {
        categoryId: category.key,
        existingEntries: existingEntriesOf(memberships),
      }),
      liveEntry: holding
        ? { categoryName: holding.registration.category.name, state: holding.registration.state }
        : null,
    });
    return [{ ...option, categoryId: category.id, registrationId: own?.registration.id ?? null }];
  });
}
