import { memo } from "react";
import { Pagination, PaginationActions, type PaginationActionsProps, useTranslate } from "react-admin";

/** Page buttons whose landmark is named in the chosen language (MUI names it in English). */
const PaginationActionsInLanguage = memo((props: PaginationActionsProps) => {
  const translate = useTranslate();
  return <PaginationActions {...props} aria-label={translate("app.pagination")} />;
});

export const PanelPagination = () => <Pagination actions={PaginationActionsInLanguage} />;
