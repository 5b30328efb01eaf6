/** The URL parameter that carries the words to highlight (a module of its own, so the page script that checks for it stays small). */
export const highlightParam = 'highlight';
