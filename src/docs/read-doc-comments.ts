import ts from "typescript";

/** The doc comments of one exported zod object schema: on the schema itself and on each of its fields. */
export interface SchemaDocs {
  /** The doc comment above `export const <name> = z.object(...)`. */
  readonly summary: string;
  /** Field name → its doc comment, in the order the fields are written. */
  readonly fields: Readonly<Record<string, string>>;
}

/** The text of a node's JSDoc comment, or "" when it has none. */
function docOf(node: ts.Node): string {
  const comment = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? "")
    .join("\n");
  return comment.replace(/\s*\n\s*/g, " ").trim();
}

/** The first object literal passed to `z.object`, `z.strictObject` or `.extend` inside an initializer. */
function objectShapeIn(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    ["object", "strictObject", "extend"].includes(node.expression.name.text) &&
    node.arguments[0] &&
    ts.isObjectLiteralExpression(node.arguments[0])
  ) {
    return node.arguments[0];
  }
  return ts.forEachChild(node, objectShapeIn);
}

/**
 * Reads the doc comments of every exported object schema in one TypeScript source,
 * so the field reference, the published JSON Schemas and the form's hints all come from
 * the comments written beside the schema, never from a second copy.
 */
export function readDocComments(fileName: string, source: string): Record<string, SchemaDocs> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: Record<string, SchemaDocs> = {};
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const shape = declaration.initializer && objectShapeIn(declaration.initializer);
      if (!shape || !ts.isIdentifier(declaration.name)) continue;
      const fields: Record<string, string> = {};
      for (const property of shape.properties) {
        if (!property.name || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) continue;
        fields[property.name.text] = docOf(property);
      }
      found[declaration.name.text] = { summary: docOf(statement), fields };
    }
  }
  return found;
}
