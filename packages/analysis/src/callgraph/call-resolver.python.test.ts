import { beforeAll, describe, expect, it } from 'vitest';
import { resolveFileCalls } from './call-resolver.js';
import { SymbolIndex } from './symbol-index.js';
import { edgeLines, parseProject } from './test-project.js';

const PROJECT: Record<string, string> = {
  'pyproject.toml': '[project]\nname = "shop"\n',
  'src/shop/__init__.py': 'from .services.orders import OrderService\n',
  'src/shop/util/__init__.py': '',
  'src/shop/util/money.py': `def round_money(value):
    return round(value, 2)


def fmt(value):
    return str(round_money(value))
`,
  'src/shop/repo.py': `class Repo:
    def get_order(self, order_id):
        return self._load(order_id)

    def _load(self, order_id):
        return order_id
`,
  'src/shop/services/__init__.py': '',
  'src/shop/services/base.py': `class BaseService:
    def log(self, message):
        return message
`,
  'src/shop/services/orders.py': `import json
import requests
from ..repo import Repo
from ..util import money
from shop.util.money import fmt as format_money
import shop.util.money
from .base import BaseService


class OrderService(BaseService):
    repo: Repo

    def __init__(self, repo: Repo):
        super().__init__()
        self.repo = repo

    def total(self, order_id):
        order = self.repo.get_order(order_id)
        self.log("total")
        money.round_money(1)
        shop.util.money.round_money(2)
        requests.get("/orders")
        json.dumps(order)
        return format_money(order)

    @classmethod
    def create(cls):
        return cls.build(Repo())

    @classmethod
    def build(cls, repo):
        return repo
`,
  'src/shop/cli.py': `from shop import OrderService
from shop.repo import Repo


def main():
    service = OrderService(Repo())
    service.total(1)


if __name__ == "__main__":
    main()
`,
};

describe('resolveFileCalls on a Python package', () => {
  let index: SymbolIndex;

  beforeAll(async () => {
    const { facts, read } = await parseProject(PROJECT);
    index = SymbolIndex.build(facts, read);
  });

  it('resolves relative, absolute, aliased and dotted imports, self and typed attributes', () => {
    const result = resolveFileCalls('src/shop/services/orders.py', index);
    expect(edgeLines(result.edges)).toEqual([
      'src/shop/services/orders.py#OrderService.create -> src/shop/services/orders.py#OrderService.build [this]',
      'src/shop/services/orders.py#OrderService.total -> src/shop/repo.py#Repo.get_order [instance]',
      'src/shop/services/orders.py#OrderService.total -> src/shop/services/base.py#BaseService.log [this]',
      'src/shop/services/orders.py#OrderService.total -> src/shop/util/money.py#fmt [import]',
      'src/shop/services/orders.py#OrderService.total -> src/shop/util/money.py#round_money [import]',
      'src/shop/services/orders.py#OrderService.total -> src/shop/util/money.py#round_money [import]',
    ]);
    // requests.get, json.dumps and super() are outside; super().__init__ finds no project base method
    expect(result).toMatchObject({ unresolved: 1, external: 3 });
  });

  it('follows a package __init__ re-export to a constructor, and resolves the __main__ block', () => {
    expect(edgeLines(resolveFileCalls('src/shop/cli.py', index).edges)).toEqual([
      'src/shop/cli.py#<module> -> src/shop/cli.py#main [local]',
      'src/shop/cli.py#main -> src/shop/services/orders.py#OrderService.__init__ [instance]',
      'src/shop/cli.py#main -> src/shop/services/orders.py#OrderService.total [instance]',
    ]);
  });

  it('resolves same-module calls as local and self calls as this', () => {
    expect(edgeLines(resolveFileCalls('src/shop/util/money.py', index).edges)).toEqual([
      'src/shop/util/money.py#fmt -> src/shop/util/money.py#round_money [local]',
    ]);
    expect(edgeLines(resolveFileCalls('src/shop/repo.py', index).edges)).toEqual([
      'src/shop/repo.py#Repo.get_order -> src/shop/repo.py#Repo._load [this]',
    ]);
  });
});
