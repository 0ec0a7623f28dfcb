import { dialable } from '../../sdk/normalize/phone.js';
import { httpsUrl } from '../../sdk/normalize/https-url.js';

/** One way to reach a crisis line; `label` is shown as written (custom lines) or translated (built-in). */
export interface CrisisAction {
  kind: 'call' | 'text' | 'chat';
  href: string;
  /** Translation key for built-in lines, or literal text for custom ones. */
  label: string;
}

export interface CrisisLine {
  /** Translation key (built-in) or literal name (custom). */
  name: string;
  /** Translation key (built-in) or literal text (custom): how to use the line. */
  detail?: string;
  actions: CrisisAction[];
  /** Built-in lines are translated; custom lines are shown exactly as the host wrote them. */
  builtIn: boolean;
}

/**
 * The current US lines (2026): 988 by call, text or chat; Crisis Text Line; the Veterans Crisis Line
 * (988 then 1, or text 838255); 911 for immediate danger. The LGBTQ+ "press 3" option ended in July 2025
 * and is deliberately absent.
 */
export const US_CRISIS_LINES: readonly CrisisLine[] = [
  {
    name: 'crisis988Name',
    detail: 'crisis988Detail',
    builtIn: true,
    actions: [
      { kind: 'call', href: 'tel:988', label: 'crisisCall988' },
      { kind: 'text', href: 'sms:988', label: 'crisisText988' },
      { kind: 'chat', href: 'https://988lifeline.org/chat/', label: 'crisisChat' },
    ],
  },
  {
    name: 'crisisTextLineName',
    detail: 'crisisTextLineDetail',
    builtIn: true,
    actions: [{ kind: 'text', href: 'sms:741741?body=HOME', label: 'crisisTextHome' }],
  },
  {
    name: 'crisisVeteransName',
    detail: 'crisisVeteransDetail',
    builtIn: true,
    actions: [
      { kind: 'call', href: 'tel:988', label: 'crisisVeteransCall' },
      { kind: 'text', href: 'sms:838255', label: 'crisisVeteransText' },
    ],
  },
  {
    name: 'crisis911Name',
    detail: 'crisis911Detail',
    builtIn: true,
    actions: [{ kind: 'call', href: 'tel:911', label: 'crisisCall911' }],
  },
];

/** A host's own line, as JSON in the `crisis` attribute or objects in the `crisisLines` property. */
export interface CustomCrisisLine {
  name: string;
  detail?: string;
  phone?: string;
  text?: string;
  chat?: string;
}

/** Turns host-supplied lines into safe ones: dialable numbers only, https chat links only. */
export function customLines(input: readonly CustomCrisisLine[]): CrisisLine[] {
  return input
    .filter((line) => line && typeof line.name === 'string' && line.name.trim())
    .map((line) => {
      const phone = dialable(line.phone);
      const text = dialable(line.text);
      const chat = httpsUrl(line.chat);
      const actions: CrisisAction[] = [];
      if (phone) actions.push({ kind: 'call', href: `tel:${phone}`, label: String(line.phone) });
      if (text) actions.push({ kind: 'text', href: `sms:${text}`, label: String(line.text) });
      if (chat) actions.push({ kind: 'chat', href: chat, label: chat });
      return { name: line.name.trim(), detail: line.detail?.trim() || undefined, actions, builtIn: false };
    })
    .filter((line) => line.actions.length > 0);
}

/**
 * The lines the `crisis` attribute asks for: `us` (default), `none`, or a JSON array of custom lines.
 * Bad JSON falls back to the US lines with a console warning: showing help beats showing nothing.
 */
export function crisisLinesFor(attribute: string | undefined, property?: readonly CustomCrisisLine[]): CrisisLine[] {
  if (property?.length) return customLines(property);
  const value = (attribute ?? 'us').trim();
  if (value === 'none') return [];
  if (value === '' || value.toLowerCase() === 'us') return [...US_CRISIS_LINES];
  try {
    const parsed: unknown = JSON.parse(value);
    const lines = Array.isArray(parsed) ? customLines(parsed as CustomCrisisLine[]) : [];
    if (lines.length) return lines;
  } catch {
    // fall through to the warning
  }
  console.warn('<resource-directory>: the crisis attribute must be "us", "none" or a JSON array of lines; showing the US lines.');
  return [...US_CRISIS_LINES];
}
