// A link to another Lite page: a real <a href> (open in a new tab, copy, screen-reader "link"), but a
// plain click or Enter changes the page without reloading.
import type { MouseEvent, ReactNode } from 'react';
import { type LiteRoute, litePath } from './route.ts';
import { useLiteRoute } from './useLiteRoute.ts';

type Props = {
  to: LiteRoute;
  children: ReactNode;
  className?: string;
  'aria-label'?: string;
  'aria-current'?: 'page';
};

export function LiteLink({ to, children, className, 'aria-label': label, 'aria-current': current }: Props) {
  const navigate = useLiteRoute((s) => s.navigate);
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={litePath(to)} onClick={onClick} className={className} aria-label={label} aria-current={current}>
      {children}
    </a>
  );
}
