/**
 * Checks a file cloudaudit-import generated with the TypeScript compiler API (not with regular
 * expressions): it parses without a syntax error, and every occurrence of a marker planted in the
 * API values sits inside a string literal, either one of the program or one inside a comment (the
 * commented-out code of a track that is not declared, the notes above each track). A value that
 * ended a comment or a literal would put some of its markers outside any literal.
 */
import * as ts from 'typescript';

export interface LiteralReport {
  /** Syntax errors of the file (none expected). */
  readonly syntaxErrors: string[];
  /** Offsets of markers outside every string literal, with the line they are on. */
  readonly outside: Array<{ offset: number; line: string }>;
  /** The values of the string literals of the program (decoded by the compiler). */
  readonly literals: string[];
  /** The values of the string literals inside comments (decoded by the compiler). */
  readonly commentLiterals: string[];
  /** The comments of the file, as written. */
  readonly comments: string[];
}

type Range = readonly [number, number];

function scanLiterals(text: string, start: number, end: number, ranges: Range[], values: string[]): void {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text, undefined, start, end - start);
  for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) {
    if (k === ts.SyntaxKind.StringLiteral && !scanner.isUnterminated()) {
      ranges.push([scanner.getTokenStart(), scanner.getTokenEnd()]);
      values.push(scanner.getTokenValue());
    }
  }
}

/** Parses `text` and finds every `marker` outside a string literal. */
export function checkGeneratedFile(text: string, marker: string): LiteralReport {
  const sf = ts.createSourceFile('generated.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const syntaxErrors = ((sf as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics ?? [])
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  const ranges: Range[] = [];
  const literals: string[] = [];
  const commentLiterals: string[] = [];
  const comments: string[] = [];
  const seenComments = new Set<number>();
  const addComments = (list: ts.CommentRange[] | undefined) => {
    for (const c of list ?? []) {
      if (seenComments.has(c.pos)) continue;
      seenComments.add(c.pos);
      comments.push(text.slice(c.pos, c.end));
      // The body of the comment, scanned as code: the literals it quotes.
      const bodyStart = c.pos + 2;
      const bodyEnd = c.kind === ts.SyntaxKind.MultiLineCommentTrivia ? c.end - 2 : c.end;
      scanLiterals(text, bodyStart, bodyEnd, ranges, commentLiterals);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node)) {
      ranges.push([node.getStart(sf), node.end]);
      literals.push(node.text);
    }
    addComments(ts.getLeadingCommentRanges(text, node.pos));
    addComments(ts.getTrailingCommentRanges(text, node.end));
    // Tokens too (getChildren holds them): comments before a closing brace, after a semicolon.
    for (const child of node.getChildren(sf)) {
      if (child.kind < ts.SyntaxKind.FirstNode) {
        addComments(ts.getLeadingCommentRanges(text, child.pos));
        addComments(ts.getTrailingCommentRanges(text, child.end));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  addComments(ts.getLeadingCommentRanges(text, sf.endOfFileToken.pos));
  ranges.sort((a, b) => a[0] - b[0]);
  const outside: Array<{ offset: number; line: string }> = [];
  for (let i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
    if (!ranges.some(([s, e]) => i > s && i + marker.length < e)) {
      const lineStart = text.lastIndexOf('\n', i) + 1;
      const lineEnd = text.indexOf('\n', i);
      outside.push({ offset: i, line: text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd) });
    }
  }
  return { syntaxErrors, outside, literals, commentLiterals, comments };
}
