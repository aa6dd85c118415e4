import type { MouseEvent, ReactNode } from 'react';
import { useHref, useNavigate } from 'react-router-dom';

/** A plain click stays in the app; a modified click (new tab, new window) is the browser's. */
function inApp(navigate: (to: string) => void, to: string) {
  return (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
}

/**
 * A real link inside an SVG chart (`<a href>` in the SVG namespace): focusable, announced with its
 * label, opens in a new tab on a modified click; a plain click navigates within the app.
 */
export const ChartLink = ({ to, label, children }: { to: string; label: string; children: ReactNode }) => {
  const navigate = useNavigate();
  const href = useHref(to);
  return (
    // Named by its <title> (SVG-AAM), not aria-label: the figures drawn inside stay part of the
    // title's sentence rather than contradict a label (WCAG 2.5.3, label in name).
    <a href={href} onClick={inApp(navigate, to)} className="dashboard-chart-link">
      <title>{label}</title>
      {children}
    </a>
  );
};
