"use client";

import { useEffect, useRef } from "react";

const QUIET_MS = 1200;

/**
 * Saves a form a moment after the person changes something (a finished field, a ticked box).
 * It sends the form the same way the Save button does; without JavaScript the button remains.
 */
export function useAutosave(pending: boolean) {
  const formRef = useRef<HTMLFormElement>(null);
  const pendingRef = useRef(pending);
  useEffect(() => {
    pendingRef.current = pending;
  }, [pending]);
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      if (pendingRef.current) {
        timer = setTimeout(save, QUIET_MS);
        return;
      }
      const flag = form.elements.namedItem("autosave");
      if (flag instanceof HTMLInputElement) flag.value = "1";
      form.requestSubmit();
      if (flag instanceof HTMLInputElement) flag.value = "0";
    };
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(save, QUIET_MS);
    };
    form.addEventListener("change", onChange);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("change", onChange);
    };
  }, []);
  return formRef;
}
