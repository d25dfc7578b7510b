"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";

interface Props {
  /** Drawn until the place comes near the screen; give it the size of what replaces it. */
  placeholder: ReactNode;
  children: ReactNode;
}

/**
 * Renders its children only once their place is within a screen's height of the viewport, then
 * keeps them. For heavy, lazily loaded parts below the fold (the Recharts charts, ~120 KB gzip
 * and a long task to start): a phone that never scrolls to them neither downloads nor runs them.
 */
export function WhenVisible({ placeholder, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: "100% 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return near ? children : <div ref={ref}>{placeholder}</div>;
}
