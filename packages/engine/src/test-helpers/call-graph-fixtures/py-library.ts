import type { FixtureExpectations } from './fixture-expectations.js';

const MODELS = 'app/models.py';
const UTIL = 'app/util.py';
const REPO = 'app/repository.py';
const BILLING = 'app/services/billing.py';
const ACCOUNTS = 'app/accounts.py';
const EXPR = 'app/expr.py';
const TERMS = 'app/terms.py';
const WEB = 'app/web.py';
const CLI = 'app/cli.py';
const TEST_ACCOUNTS = 'tests/test_accounts.py';
const TEST_EXPR = 'tests/test_expr.py';

/**
 * `py-library`: the package `app` with relative imports (`from .models import User`), absolute
 * ones (`from app.services import billing`), an aliased module (`import app.util as u`), a
 * re-export through `app/__init__.py`, `self.m()` and `super().__init__()` reaching a base class,
 * an attribute typed by its `__init__` parameter, Flask route decorators, an
 * `if __name__ == "__main__":` block, pytest tests under `tests/`.
 */
export const PY_LIBRARY: FixtureExpectations = {
  name: 'py-library',
  edges: [
    [`${MODELS}#Entity.__init__`, `${UTIL}#slugify`, 'import'],
    [`${MODELS}#Entity.describe`, `${MODELS}#Entity.label`, 'this'],
    [`${MODELS}#User.__init__`, `${MODELS}#Entity.__init__`, 'this'],
    [`${MODELS}#User.greeting`, `${MODELS}#Entity.describe`, 'this'],
    [`${UTIL}#slugify`, `${UTIL}#_collapse`, 'local'],
    // user: User, describe inherited from Entity
    [`${BILLING}#charge`, `${MODELS}#Entity.describe`, 'instance'],
    [`${BILLING}#charge`, `${BILLING}#_format`, 'local'],
    [`${BILLING}#refund`, `${BILLING}#charge`, 'local'],
    // self.repo: assigned from the parameter repo: Repository
    [`${ACCOUNTS}#AccountService.register`, `${REPO}#Repository.save`, 'instance'],
    [`${ACCOUNTS}#AccountService.register`, `${MODELS}#User.__init__`, 'instance'],
    [`${ACCOUNTS}#AccountService.register`, `${ACCOUNTS}#AccountService._welcome`, 'this'],
    [`${ACCOUNTS}#AccountService.upgrade`, `${BILLING}#charge`, 'import'],
    [`${ACCOUNTS}#AccountService.upgrade`, `${REPO}#Repository.find`, 'instance'],
    [`${ACCOUNTS}#AccountService.deactivate`, `${REPO}#Repository.find`, 'instance'],
    [`${ACCOUNTS}#AccountService._welcome`, `${UTIL}#shout`, 'import'],
    [`${ACCOUNTS}#AccountService._welcome`, `${MODELS}#User.greeting`, 'instance'],
    [`${EXPR}#parse_expr`, `${TERMS}#parse_term`, 'import'],
    [`${EXPR}#parse_expr`, `${TERMS}#parse_term`, 'import'],
    [`${TERMS}#parse_term`, `${EXPR}#parse_expr`, 'import'],
    [`${WEB}#create_user`, `${ACCOUNTS}#AccountService.__init__`, 'instance'],
    [`${WEB}#create_user`, `${REPO}#Repository.__init__`, 'instance'],
    [`${WEB}#create_user`, `${WEB}#_register`, 'local'],
    [`${WEB}#calculate`, `${EXPR}#parse_expr`, 'import'],
    [`${WEB}#_register`, `${ACCOUNTS}#AccountService.register`, 'instance'],
    // module code calls the route decorators with each view at import time (definition edges)
    [`${WEB}#<module>`, `${WEB}#create_user`, 'local'],
    [`${WEB}#<module>`, `${WEB}#calculate`, 'local'],
    [`${CLI}#main`, `${ACCOUNTS}#AccountService.__init__`, 'instance'],
    [`${CLI}#main`, `${REPO}#Repository.__init__`, 'instance'],
    [`${CLI}#main`, `${CLI}#_introduce`, 'local'],
    // User re-exported by app/__init__.py
    [`${CLI}#main`, `${MODELS}#User.__init__`, 'instance'],
    [`${CLI}#_introduce`, `${MODELS}#User.greeting`, 'instance'],
    [`${CLI}#_introduce`, `${ACCOUNTS}#AccountService.upgrade`, 'instance'],
    // the __main__ block
    [`${CLI}#<module>`, `${CLI}#main`, 'local'],
    [`${TEST_ACCOUNTS}#make_service`, `${ACCOUNTS}#AccountService.__init__`, 'instance'],
    [`${TEST_ACCOUNTS}#make_service`, `${REPO}#Repository.__init__`, 'instance'],
    [`${TEST_ACCOUNTS}#test_register_saves_user`, `${TEST_ACCOUNTS}#_check_saved`, 'local'],
    [`${TEST_ACCOUNTS}#test_register_saves_user`, `${TEST_ACCOUNTS}#make_service`, 'local'],
    [`${TEST_ACCOUNTS}#test_greeting`, `${TEST_ACCOUNTS}#_check_greeting`, 'local'],
    [`${TEST_ACCOUNTS}#test_greeting`, `${MODELS}#User.__init__`, 'instance'],
    [`${TEST_ACCOUNTS}#_check_saved`, `${ACCOUNTS}#AccountService.register`, 'instance'],
    [`${TEST_ACCOUNTS}#_check_greeting`, `${MODELS}#User.greeting`, 'instance'],
    [`${TEST_EXPR}#test_parses_sum`, `${EXPR}#parse_expr`, 'import'],
  ],
  entryPoints: {
    [`${WEB}#create_user`]: 'route',
    [`${WEB}#calculate`]: 'route',
    [`${CLI}#main`]: 'main',
    [`${TEST_ACCOUNTS}#test_register_saves_user`]: 'test',
    [`${TEST_ACCOUNTS}#test_greeting`]: 'test',
    [`${TEST_EXPR}#test_parses_sum`]: 'test',
  },
  paths: [
    {
      from: `${CLI}#main`,
      to: `${UTIL}#_collapse`,
      nodes: [
        `${CLI}#main`,
        `${MODELS}#User.__init__`,
        `${MODELS}#Entity.__init__`,
        `${UTIL}#slugify`,
        `${UTIL}#_collapse`,
      ],
    },
    {
      from: `${TEST_ACCOUNTS}#test_register_saves_user`,
      to: `${UTIL}#shout`,
      nodes: [
        `${TEST_ACCOUNTS}#test_register_saves_user`,
        `${TEST_ACCOUNTS}#_check_saved`,
        `${ACCOUNTS}#AccountService.register`,
        `${ACCOUNTS}#AccountService._welcome`,
        `${UTIL}#shout`,
      ],
    },
    // the web routes never upgrade an account, so never charge
    { from: `${WEB}#create_user`, to: `${BILLING}#_format`, nodes: null },
  ],
  dead: [`${BILLING}#refund`, `${ACCOUNTS}#AccountService.deactivate`],
  cycles: [[`${EXPR}#parse_expr`, `${TERMS}#parse_term`]],
  testSets: [
    {
      changed: [TERMS],
      tests: [`${TEST_EXPR}#test_parses_sum`],
      files: [TEST_EXPR],
    },
    {
      // slugify through Entity.__init__, shout through AccountService._welcome
      changed: [UTIL],
      tests: [`${TEST_ACCOUNTS}#test_greeting`, `${TEST_ACCOUNTS}#test_register_saves_user`],
      files: [TEST_ACCOUNTS],
    },
    // billing is reached from the CLI only
    { changed: [BILLING], tests: [], files: [] },
  ],
  impact: {
    function: `${REPO}#Repository.save`,
    entryPoints: [
      [`${WEB}#create_user`, 'route', 3],
      [`${TEST_ACCOUNTS}#test_register_saves_user`, 'test', 3],
    ],
    tests: [`${TEST_ACCOUNTS}#test_register_saves_user`],
  },
  edits: [
    {
      description: 'billing.py: refund removed, charge now calls user.label()',
      files: {
        [BILLING]: [
          'from ..models import User',
          '',
          '',
          'def charge(user: User, cents: int) -> str:',
          '    return user.describe() + " charged " + _format(cents) + " to " + user.label()',
          '',
          '',
          'def _format(cents: int) -> str:',
          '    return "%d.%02d" % (cents // 100, cents % 100)',
          '',
        ].join('\n'),
      },
      removedEdges: [[`${BILLING}#refund`, `${BILLING}#charge`, 'local']],
      addedEdges: [[`${BILLING}#charge`, `${MODELS}#Entity.label`, 'instance']],
    },
    {
      description: 'terms.py: parse_term removed, which expr.py calls through the module',
      files: {
        [TERMS]: [
          'def parse_atom(tokens: list[str]) -> int:',
          '    return int(tokens.pop(0))',
          '',
        ].join('\n'),
      },
      removedEdges: [
        [`${EXPR}#parse_expr`, `${TERMS}#parse_term`, 'import'],
        [`${EXPR}#parse_expr`, `${TERMS}#parse_term`, 'import'],
        [`${TERMS}#parse_term`, `${EXPR}#parse_expr`, 'import'],
      ],
      addedEdges: [],
    },
  ],
};
