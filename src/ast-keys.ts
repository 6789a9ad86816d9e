// Which properties of a Babel node the walk in collect.ts follows.

// Keys that never hold value-level children (positions, comments, TypeScript types).
export const SKIPPED_KEYS = new Set([
  'type', 'start', 'end', 'loc', 'range', 'extra', 'leadingComments', 'trailingComments', 'innerComments',
  'typeAnnotation', 'typeParameters', 'returnType', 'superTypeParameters', 'superTypeArguments',
  'typeArguments', 'implements', 'predicate',
])

// Child keys of the most frequent node types, so the walk does not enumerate their other keys.
export const CHILD_KEYS: Readonly<Record<string, readonly string[]>> = {
  ExpressionStatement: ['expression'],
  CallExpression: ['callee', 'arguments'],
  OptionalCallExpression: ['callee', 'arguments'],
  NewExpression: ['callee', 'arguments'],
  ReturnStatement: ['argument'],
  IfStatement: ['test', 'consequent', 'alternate'],
  ConditionalExpression: ['test', 'consequent', 'alternate'],
  LogicalExpression: ['left', 'right'],
  BinaryExpression: ['left', 'right'],
  ObjectExpression: ['properties'],
  ArrayExpression: ['elements'],
  SequenceExpression: ['expressions'],
  UnaryExpression: ['argument'],
  AwaitExpression: ['argument'],
  SpreadElement: ['argument'],
  TemplateLiteral: ['expressions'],
  Program: ['body'],
  BlockStatement: ['body'],
  StaticBlock: ['body'],
  ClassBody: ['body'],
  SwitchStatement: ['discriminant', 'cases'],
  SwitchCase: ['test', 'consequent'],
  ForStatement: ['init', 'test', 'update', 'body'],
  WhileStatement: ['test', 'body'],
  DoWhileStatement: ['body', 'test'],
  TryStatement: ['block', 'handler', 'finalizer'],
  ThrowStatement: ['argument'],
  TaggedTemplateExpression: ['tag', 'quasi'],
  ParenthesizedExpression: ['expression'],
  YieldExpression: ['argument'],
  ExportDefaultDeclaration: ['declaration'],
  JSXElement: ['openingElement', 'children'],
  JSXFragment: ['children'],
  JSXOpeningElement: ['attributes'],
  JSXExpressionContainer: ['expression'],
  JSXSpreadAttribute: ['argument'],
  TSAsExpression: ['expression'],
  TSSatisfiesExpression: ['expression'],
  TSNonNullExpression: ['expression'],
}

// Nodes with no value-level reference inside: type-only or ambient declarations, labels,
// `new.target`, and `#private` names (whose inner Identifier is not a variable).
export const TYPE_ONLY = new Set([
  'TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'TSDeclareFunction', 'TSDeclareMethod',
  'TSIndexSignature', 'ExportAllDeclaration', 'BreakStatement', 'ContinueStatement', 'MetaProperty',
  'PrivateName',
])
