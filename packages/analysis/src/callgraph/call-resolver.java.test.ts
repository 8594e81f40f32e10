import { beforeAll, describe, expect, it } from 'vitest';
import { resolveFileCalls } from './call-resolver.js';
import { SymbolIndex } from './symbol-index.js';
import { edgeLines, parseProject } from './test-project.js';

const ROOT = 'src/main/java/com/shop';

const PROJECT: Record<string, string> = {
  [`${ROOT}/repo/OrderRepo.java`]: `package com.shop.repo;

public class OrderRepo {
    public String find(long id) { return load(id); }
    private String load(long id) { return null; }
}
`,
  [`${ROOT}/util/Strings.java`]: `package com.shop.util;

public final class Strings {
    public static String trim(String s) { return s.trim(); }
    public static String upper(String s) { return s.toUpperCase(); }
}
`,
  [`${ROOT}/service/BaseService.java`]: `package com.shop.service;

public abstract class BaseService {
    protected void audit(String what) {}
}
`,
  [`${ROOT}/service/Pricing.java`]: `package com.shop.service;

public class Pricing {
    public static double tax(double value) { return value; }
}
`,
  [`${ROOT}/service/OrderService.java`]: `package com.shop.service;

import com.shop.repo.OrderRepo;
import com.shop.util.*;
import static com.shop.util.Strings.upper;
import java.util.List;

public class OrderService extends BaseService {
    private final OrderRepo repo;
    private List<String> names;

    public OrderService(OrderRepo repo) { this.repo = repo; }

    public String describe(long id) {
        repo.find(id);
        this.repo.find(id);
        audit("describe");
        Pricing.tax(1.0);
        names.add("x");
        new Formatter().format(id);
        System.out.println(id);
        return upper(Strings.trim("x"));
    }

    static class Formatter {
        String format(long id) { return helper(); }
        String helper() { return ""; }
    }
}
`,
  [`${ROOT}/Main.java`]: `package com.shop;

import com.shop.repo.OrderRepo;
import com.shop.service.OrderService;

public class Main {
    public static void main(String[] args) {
        new OrderService(new OrderRepo()).describe(1);
    }
}
`,
};

describe('resolveFileCalls on a Java project', () => {
  let index: SymbolIndex;

  beforeAll(async () => {
    const { facts, read } = await parseProject(PROJECT);
    index = SymbolIndex.build(facts, read);
  });

  it('resolves fields, implicit this, inherited methods, same-package and imported classes, static imports and inner classes', () => {
    const result = resolveFileCalls(`${ROOT}/service/OrderService.java`, index);
    const service = `${ROOT}/service/OrderService.java#OrderService`;
    expect(edgeLines(result.edges)).toEqual([
      `${service}.Formatter.format -> ${service}.Formatter.helper [this]`,
      `${service}.describe -> ${ROOT}/repo/OrderRepo.java#OrderRepo.find [instance]`,
      `${service}.describe -> ${ROOT}/repo/OrderRepo.java#OrderRepo.find [instance]`,
      `${service}.describe -> ${ROOT}/service/BaseService.java#BaseService.audit [this]`,
      `${service}.describe -> ${service}.Formatter.format [instance]`,
      `${service}.describe -> ${ROOT}/service/Pricing.java#Pricing.tax [instance]`,
      `${service}.describe -> ${ROOT}/util/Strings.java#Strings.trim [instance]`,
      `${service}.describe -> ${ROOT}/util/Strings.java#Strings.upper [import]`,
    ]);
    // names.add (java.util.List) and System.out.println are outside the project
    expect(result).toMatchObject({ unresolved: 0, external: 2 });
  });

  it('calls the constructor of an imported class and a method on a new instance', () => {
    expect(edgeLines(resolveFileCalls(`${ROOT}/Main.java`, index).edges)).toEqual([
      `${ROOT}/Main.java#Main.main -> ${ROOT}/service/OrderService.java#OrderService.OrderService [instance]`,
      `${ROOT}/Main.java#Main.main -> ${ROOT}/service/OrderService.java#OrderService.describe [instance]`,
    ]);
  });

  it('resolves an implicit-this call to a private method', () => {
    expect(edgeLines(resolveFileCalls(`${ROOT}/repo/OrderRepo.java`, index).edges)).toEqual([
      `${ROOT}/repo/OrderRepo.java#OrderRepo.find -> ${ROOT}/repo/OrderRepo.java#OrderRepo.load [this]`,
    ]);
  });
});
