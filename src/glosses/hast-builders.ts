import type { Element, ElementContent } from 'hast';

/** A hast text node. */
export const text = (value: string): ElementContent => ({ type: 'text', value });

/** A hast element, for the markup the remark transforms place beside the text. */
export const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
