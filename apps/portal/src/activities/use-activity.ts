import { useSession } from "../account/session.ts";
import type { ApiError } from "../api/api-error.ts";
import type { PortalActivity } from "../api/portal-activity.ts";
import { useQuery } from "../api/use-query.ts";
import { type MyOptionsAnswer, myOptionsQuery, type PublicActivityAnswer, publicActivityQuery } from "./queries.ts";

export interface ActivityView {
  /** undefined while loading; null when the activity does not exist or is a draft. */
  activity: PortalActivity | null | undefined;
  /** The signed-in worker's options and entries; undefined for the public or while loading. */
  mine: MyOptionsAnswer | undefined;
  isWorker: boolean;
  signedIn: boolean;
  loading: boolean;
  error: ApiError | undefined;
  /** The worker's part failed while the public part is there. */
  mineError: ApiError | undefined;
  reload(): void;
}

/** The activity as the public sees it and, for a signed-in worker, what they may enter and have entered. */
export function useActivity(id: string): ActivityView {
  const session = useSession();
  const isWorker = session?.role === "WORKER";
  const open = useQuery<PublicActivityAnswer>(publicActivityQuery, { id });
  const mine = useQuery<MyOptionsAnswer>(myOptionsQuery, { id }, { skip: !isWorker });
  return {
    activity: open.data ? open.data.publicActivity : undefined,
    mine: isWorker ? mine.data : undefined,
    isWorker,
    signedIn: session !== null,
    loading: open.loading || (isWorker && mine.loading),
    error: open.error,
    mineError: isWorker ? mine.error : undefined,
    reload: () => {
      open.reload();
      if (isWorker) mine.reload();
    },
  };
}
