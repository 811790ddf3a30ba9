/** How a page arrives: plain text, or a saved web page whose main text is extracted. */
export type InputFormat = "text" | "html";
