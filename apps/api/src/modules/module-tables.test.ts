import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Modules own their tables. Under modules/<feature>/, code reads and writes the tables of its own
 * entities; another module's rows are reached through that module's service. Checked on the source:
 *
 * - SQL text (string and template literals; comments and GraphQL descriptions are not SQL) naming another
 *   module's table after FROM, JOIN, INTO, UPDATE or DELETE FROM;
 * - another module's entity class handed to the entity manager, a repository or a query builder
 *   (getRepository, find*, createQueryBuilder, insert, update, delete, ...). Using the class as a type, for
 *   a relation or a return value, is fine;
 * - a join or a `relations` load through a relation of the module's own entities to another module's entity.
 *
 * Declared exceptions: reports/ and search/ read every table (reporting, and search across every kind
 * of record, in one query narrowed by the policy's SQL twins), and the SQL twins of the rules in policy/
 * may name any table; services embed those fragments in their own queries.
 */

const MODULES = dirname(fileURLToPath(import.meta.url));
const READS_EVERY_TABLE = new Set(['reports', 'search', 'policy']);

/** Methods of the entity manager, repositories and query builders that take an entity class to read or write. */
const DATA_ACCESS = new Set([
  'getRepository',
  'getTreeRepository',
  'InjectRepository',
  'forFeature',
  'createQueryBuilder',
  'find',
  'findBy',
  'findOne',
  'findOneBy',
  'findOneOrFail',
  'findOneByOrFail',
  'findAndCount',
  'findAndCountBy',
  'count',
  'countBy',
  'exists',
  'existsBy',
  'sum',
  'average',
  'minimum',
  'maximum',
  'create',
  'merge',
  'preload',
  'insert',
  'save',
  'update',
  'upsert',
  'delete',
  'softDelete',
  'restore',
  'remove',
  'increment',
  'decrement',
  'clear',
  'from',
  'into',
  'innerJoin',
  'leftJoin',
  'innerJoinAndSelect',
  'leftJoinAndSelect',
]);
const JOINS = new Set([
  'innerJoin',
  'leftJoin',
  'innerJoinAndSelect',
  'leftJoinAndSelect',
  'innerJoinAndMapOne',
  'innerJoinAndMapMany',
  'leftJoinAndMapOne',
  'leftJoinAndMapMany',
]);
const RELATION_DECORATORS = new Set(['ManyToOne', 'OneToMany', 'OneToOne', 'ManyToMany']);

interface EntityClass {
  module: string;
  name: string;
  table: string;
}

interface SourceFile {
  /** Path relative to modules/, with forward slashes. */
  path: string;
  module: string;
  ast: ts.SourceFile;
}

interface Ownership {
  /** Table name to owning module. */
  tables: Map<string, string>;
  /** `<absolute file path>#<class name>` to the entity class. */
  entities: Map<string, EntityClass>;
  /** Per module: names of relations of its entities that lead to another module's entity. */
  foreignRelations: Map<string, Map<string, EntityClass>>;
  /** Entities whose table is not given as `@Entity('table_name')`, which the check cannot follow. */
  unnamed: string[];
}

interface Violation {
  file: string;
  access: string;
  table: string;
  owner: string;
}

function parse(path: string, text: string): ts.SourceFile {
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function moduleSources(): SourceFile[] {
  const files: SourceFile[] = [];
  for (const entry of readdirSync(MODULES, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    const absolute = join(entry.parentPath, entry.name);
    const path = relative(MODULES, absolute).split('\\').join('/');
    if (!path.includes('/')) continue; // files of modules/ itself belong to no feature
    files.push({ path, module: path.split('/')[0], ast: parse(absolute, readFileSync(absolute, 'utf8')) });
  }
  return files;
}

function visit(node: ts.Node, each: (node: ts.Node) => void): void {
  each(node);
  ts.forEachChild(node, (child) => visit(child, each));
}

function decoratorCall(node: ts.Node, names: Set<string>): ts.CallExpression | undefined {
  for (const decorator of ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []) {
    const call = decorator.expression;
    if (ts.isCallExpression(call) && ts.isIdentifier(call.expression) && names.has(call.expression.text)) return call;
  }
  return undefined;
}

/** The file (absolute, .ts) a relative import names, or null for packages. */
function importedFile(from: ts.SourceFile, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return resolve(dirname(from.fileName), specifier).replace(/\.js$/, '.ts');
}

/** Local name to `<file>#<class>` for every named import from another file of the api. */
function importsOf(ast: ts.SourceFile): Map<string, string> {
  const imports = new Map<string, string>();
  for (const statement of ast.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const file = importedFile(ast, statement.moduleSpecifier.text);
    const bindings = statement.importClause?.namedBindings;
    if (!file || !bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      imports.set(element.name.text, `${file}#${(element.propertyName ?? element.name).text}`);
    }
  }
  return imports;
}

function ownershipOf(files: SourceFile[]): Ownership {
  const tables = new Map<string, string>();
  const entities = new Map<string, EntityClass>();
  const relations: { module: string; property: string; target: string }[] = [];
  const unnamed: string[] = [];
  for (const { module, ast, path } of files) {
    const imports = importsOf(ast);
    for (const statement of ast.statements) {
      if (!ts.isClassDeclaration(statement) || !statement.name) continue;
      const entity = decoratorCall(statement, new Set(['Entity']));
      if (!entity) continue;
      const table = entity.arguments[0];
      const name = statement.name.text;
      if (!table || !ts.isStringLiteral(table)) {
        unnamed.push(`${path}: ${name}`);
        continue;
      }
      tables.set(table.text, module);
      entities.set(`${ast.fileName}#${name}`, { module, name, table: table.text });
      for (const member of statement.members) {
        const relation = decoratorCall(member, RELATION_DECORATORS);
        const target = relation?.arguments[0];
        if (!target || !ts.isArrowFunction(target) || !ts.isIdentifier(target.body)) continue;
        if (!member.name || !ts.isIdentifier(member.name)) continue;
        const key = imports.get(target.body.text) ?? `${ast.fileName}#${target.body.text}`;
        relations.push({ module, property: member.name.text, target: key });
      }
    }
  }
  const foreignRelations = new Map<string, Map<string, EntityClass>>();
  for (const { module, property, target } of relations) {
    const entity = entities.get(target);
    if (!entity || entity.module === module) continue;
    if (!foreignRelations.has(module)) foreignRelations.set(module, new Map());
    foreignRelations.get(module)!.set(property, entity);
  }
  return { tables, entities, foreignRelations, unnamed };
}

/** The text of a string or template literal, with `${...}` replaced by a placeholder. */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ${} ');
  }
  return null;
}

/** A GraphQL description or deprecation reason: prose, not SQL. */
function isDescription(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    ts.isPropertyAssignment(parent) &&
    parent.initializer === node &&
    ts.isIdentifier(parent.name) &&
    (parent.name.text === 'description' || parent.name.text === 'deprecationReason')
  );
}

const NAME = '(?:public\\.)?"?([a-z_][a-z0-9_]*)"?';
const ALIAS = '(?:\\s+(?:AS\\s+)?[a-z_][a-z0-9_]*)?';
/** SQL keywords are upper case in this code base, which keeps prose ("from", "update") out. */
const TABLE_AFTER_KEYWORD = new RegExp(`\\b(?:FROM|JOIN|INTO|UPDATE|DELETE\\s+FROM)\\s+${NAME}`, 'g');
/** `FROM a x, b y`: the tables after the first of a FROM list. */
const LISTED_TABLE = new RegExp(`^${ALIAS}\\s*,\\s*${NAME}`);

/** Table names a piece of SQL reads or writes. */
function tablesIn(sql: string): string[] {
  const found: string[] = [];
  for (const match of sql.matchAll(TABLE_AFTER_KEYWORD)) {
    found.push(match[1]);
    let rest = sql.slice(match.index + match[0].length);
    for (let listed = LISTED_TABLE.exec(rest); listed; listed = LISTED_TABLE.exec(rest)) {
      found.push(listed[1]);
      rest = rest.slice(listed[0].length);
    }
  }
  return found;
}

function calleeName(call: ts.CallExpression): string | null {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return null;
}

/** What a file of `module` does with tables of other modules. */
function violationsIn(file: SourceFile, ownership: Ownership): Violation[] {
  const { module, ast, path } = file;
  const violations: Violation[] = [];
  const imports = importsOf(ast);
  const foreignRelations = ownership.foreignRelations.get(module) ?? new Map<string, EntityClass>();
  const foreignEntity = (node: ts.Node): EntityClass | undefined => {
    if (!ts.isIdentifier(node)) return undefined;
    const entity = ownership.entities.get(imports.get(node.text) ?? '');
    return entity && entity.module !== module ? entity : undefined;
  };
  const report = (access: string, table: string, owner: string) =>
    violations.push({ file: path, access, table, owner });

  visit(ast, (node) => {
    const sql = literalText(node);
    if (sql !== null && !isDescription(node)) {
      for (const table of tablesIn(sql)) {
        const owner = ownership.tables.get(table);
        if (owner && owner !== module) report(`SQL names ${table}`, table, owner);
      }
    }
    if (ts.isCallExpression(node)) {
      const method = calleeName(node);
      if (method && DATA_ACCESS.has(method)) {
        const args = node.arguments.flatMap((arg) => (ts.isArrayLiteralExpression(arg) ? [...arg.elements] : [arg]));
        for (const entity of args.map(foreignEntity).filter((found) => found !== undefined)) {
          report(`${method}(${entity.name})`, entity.table, entity.module);
        }
      }
      const path = node.arguments[0];
      if (method && JOINS.has(method) && path && ts.isStringLiteral(path)) {
        const relation = foreignRelations.get(/^\w+\.(\w+)$/.exec(path.text)?.[1] ?? '');
        if (relation) report(`${method}('${path.text}')`, relation.table, relation.module);
      }
    }
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'relations') {
      const value = node.initializer;
      const names = ts.isObjectLiteralExpression(value)
        ? value.properties.flatMap((property) =>
            property.name && ts.isIdentifier(property.name) ? [property.name.text] : [],
          )
        : ts.isArrayLiteralExpression(value)
          ? value.elements.flatMap((element) => (ts.isStringLiteral(element) ? [element.text] : []))
          : [];
      for (const name of names) {
        const relation = foreignRelations.get(name);
        if (relation) report(`relations: ${name}`, relation.table, relation.module);
      }
    }
  });
  return violations;
}

describe('modules own their tables', () => {
  const files = moduleSources();
  const ownership = ownershipOf(files);
  const checked = files.filter((file) => !READS_EVERY_TABLE.has(file.module));
  const found = checked.flatMap((file) => violationsIn(file, ownership));

  it('knows the owner of every table', () => {
    expect(ownership.unnamed).toEqual([]);
    expect(ownership.tables.get('users')).toBe('users');
    expect(ownership.tables.get('auth_sessions')).toBe('auth');
    expect(ownership.tables.get('thread_reads')).toBe('discussions');
    expect(ownership.foreignRelations.get('users')?.get('organization')?.table).toBe('organizations');
  });

  it("no module reads or writes another module's table", () => {
    const violations = found.map(
      ({ file, access, table, owner }) =>
        `${file}: ${access} — the table ${table} belongs to modules/${owner}; ask its service`,
    );
    expect(violations).toEqual([]);
  });

  describe('the check itself', () => {
    const check = (text: string, module = 'workspaces') =>
      violationsIn(
        { path: `${module}/example.ts`, module, ast: parse(join(MODULES, module, 'example.ts'), text) },
        ownership,
      ).map((violation) => `${violation.access} (${violation.owner})`);

    it('finds tables in SQL strings and templates, including FROM lists', () => {
      expect(tablesIn('SELECT u.id FROM users u, workspaces w, public.threads WHERE w.id = $1')).toEqual([
        'users',
        'workspaces',
        'threads',
      ]);
      expect(tablesIn('INSERT INTO post_reactions (post_id) VALUES ($1)')).toEqual(['post_reactions']);
      expect(tablesIn('UPDATE auth_sessions SET revoked_at = now()')).toEqual(['auth_sessions']);
      expect(tablesIn('DELETE FROM sign_in_attempts')).toEqual(['sign_in_attempts']);
      expect(check('const q = `SELECT 1 FROM threads t LEFT JOIN thread_reads r ON ${on}`;')).toEqual([
        'SQL names threads (discussions)',
        'SQL names thread_reads (discussions)',
      ]);
    });

    it('leaves comments, prose and GraphQL descriptions alone', () => {
      expect(
        check(`
          // SELECT id FROM users
          /** Rows come FROM organizations. */
          @Field({ description: 'Copied FROM users when they join' })
          const message = 'Choose people from organizations to update users.';
          const own = 'SELECT id FROM workspaces WHERE id = $1';
        `),
      ).toEqual([]);
    });

    it("finds another module's entity handed to the entity manager, not used as a type", () => {
      const text = `
        import { Organization } from '../organizations/organization.entity.js';
        import { Workspace } from './workspace.entity.js';
        function a(manager: EntityManager): Promise<Organization[]> {
          manager.findBy(Organization, { id: In(ids) });
          manager.createQueryBuilder(Organization, 'o');
          manager.findOneBy(Workspace, { id });
          return Object.assign(new Organization(), {});
        }`;
      expect(check(text)).toEqual([
        'findBy(Organization) (organizations)',
        'createQueryBuilder(Organization) (organizations)',
      ]);
    });

    it("finds joins and relation loads through a relation to another module's entity", () => {
      const text = `
        manager.createQueryBuilder(WorkspaceMember, 'm').innerJoinAndSelect('m.user', 'u').innerJoin('m.workspace', 'w');
        manager.find(WorkspaceOrganization, { relations: { organization: true, workspace: true } });`;
      expect(check(text)).toEqual(["innerJoinAndSelect('m.user') (users)", 'relations: organization (organizations)']);
    });
  });
});
