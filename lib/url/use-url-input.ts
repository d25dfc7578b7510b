"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * An input whose value is shared through the URL. The input keeps its own state, so every
 * keystroke shows at once however slow the page is to re-render; the URL is written after a
 * pause in typing (delayMs; 0 = at once, for a select). A change of the URL from elsewhere
 * (Back, a shared link, another control resetting it) replaces the input's value.
 */
export function useUrlInput(
  urlValue: string,
  write: (value: string) => void,
  delayMs = 300,
): [string, (value: string) => void] {
  const [value, setValue] = useState(urlValue);
  const written = useRef(urlValue);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const writeRef = useRef(write);
  writeRef.current = write;

  useEffect(() => {
    if (urlValue === written.current) return;
    written.current = urlValue;
    clearTimeout(timer.current);
    setValue(urlValue);
  }, [urlValue]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const change = useCallback(
    (next: string) => {
      setValue(next);
      clearTimeout(timer.current);
      const flush = () => {
        written.current = next;
        writeRef.current(next);
      };
      if (delayMs === 0) flush();
      else timer.current = setTimeout(flush, delayMs);
    },
    [delayMs],
  );
  return [value, change];
}
