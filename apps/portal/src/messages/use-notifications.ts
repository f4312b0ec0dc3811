import { useCallback, useEffect, useRef, useState } from "react";
import { type ApiError, asApiError } from "../api/api-error.ts";
import { graphql } from "../api/graphql.ts";
import { markRead, mergeNotifications, notificationFields, type PortalNotification } from "./notification-list.ts";

export const notificationsPerPage = 20;

const pageQuery = `query PortalMyNotifications($page: Int!, $perPage: Int!) {
  myNotifications(page: $page, perPage: $perPage) { ${notificationFields} }
  _myNotificationsMeta { count unreadCount }
}`;

const markMutation = `mutation PortalMarkNotificationsRead($ids: [ID!], $all: Boolean) {
  markNotificationsRead(ids: $ids, all: $all) { marked unreadCount }
}`;

interface PageAnswer {
  myNotifications: PortalNotification[];
  _myNotificationsMeta: { count: number; unreadCount: number };
}

interface NotificationsState {
  items: PortalNotification[];
  /** Ids unread when they arrived on the page: they stay in the unread group until the page is left. */
  unreadOnArrival: Set<string>;
  pagesLoaded: number;
  total: number;
  unreadCount: number;
}

/**
 * The worker's notifications, a page of 20 at a time ("加载更多"), with marking read (one, or
 * all). Marking shows at once and is undone when the API refuses it.
 */
export function useNotifications(enabled: boolean) {
  const [state, setState] = useState<NotificationsState>({
    items: [],
    unreadOnArrival: new Set(),
    pagesLoaded: 0,
    total: 0,
    unreadCount: 0,
  });
  const [loading, setLoading] = useState(enabled);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [generation, setGeneration] = useState(0);
  const busy = useRef(false);

  const load = useCallback(async (page: number) => {
    const answer = await graphql<PageAnswer>(pageQuery, { page, perPage: notificationsPerPage });
    setState((current) => {
      const base = page === 0 ? [] : current.items;
      const unreadOnArrival = new Set(page === 0 ? [] : current.unreadOnArrival);
      for (const notification of answer.myNotifications) if (!notification.read) unreadOnArrival.add(notification.id);
      return {
        items: mergeNotifications(base, answer.myNotifications),
        unreadOnArrival,
        pagesLoaded: page + 1,
        total: answer._myNotificationsMeta.count,
        unreadCount: answer._myNotificationsMeta.unreadCount,
      };
    });
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: generation is the reload trigger
  useEffect(() => {
    if (!enabled) return;
    setLoading(true);
    setError(undefined);
    load(0).then(
      () => setLoading(false),
      (failure: unknown) => {
        setError(asApiError(failure));
        setLoading(false);
      },
    );
  }, [enabled, load, generation]);

  const loadMore = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setLoadingMore(true);
    setError(undefined);
    try {
      await load(state.pagesLoaded);
    } catch (failure) {
      setError(asApiError(failure));
    } finally {
      busy.current = false;
      setLoadingMore(false);
    }
  }, [load, state.pagesLoaded]);

  const mark = useCallback(
    async (ids: string[] | "all") => {
      const before = state;
      const unread = before.items.filter((n) => !n.read && (ids === "all" || ids.includes(n.id)));
      if (ids !== "all" && unread.length === 0) return;
      setState({
        ...before,
        items: markRead(before.items, ids === "all" ? "all" : new Set(ids)),
        unreadCount: ids === "all" ? 0 : Math.max(0, before.unreadCount - unread.length),
      });
      try {
        const answer = await graphql<{ markNotificationsRead: { unreadCount: number } }>(
          markMutation,
          ids === "all" ? { all: true } : { ids },
        );
        setState((current) => ({ ...current, unreadCount: answer.markNotificationsRead.unreadCount }));
      } catch (failure) {
        setState(before);
        setError(asApiError(failure));
      }
    },
    [state],
  );

  return {
    ...state,
    loading,
    loadingMore,
    error,
    hasMore: state.items.length < state.total,
    loadMore,
    markRead: mark,
    reload: useCallback(() => setGeneration((value) => value + 1), []),
  };
}
