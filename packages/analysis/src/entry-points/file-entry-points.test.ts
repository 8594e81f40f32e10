import type { CodeLanguage } from '@drift/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadedParser, loadParsers } from '../parsers/parser-registry.js';
import { fileEntryPoints } from './file-entry-points.js';

beforeAll(async () => {
  await loadParsers();
});

/** `qualifiedName kind` of every entry point of a file, `<module> kind` last when there is one. */
function entryPoints(language: CodeLanguage, path: string, source: string): string[] {
  const facts = loadedParser(language).parse(path, source);
  const found = fileEntryPoints({ path, facts });
  expect(found.functions).toHaveLength(facts.functions.length);
  const named = facts.functions.flatMap((fn, i) => {
    const kind = found.functions[i];
    return kind === null || kind === undefined ? [] : [`${fn.qualifiedName} ${kind}`];
  });
  return found.module === null ? named : [...named, `<module> ${found.module}`];
}

describe('fileEntryPoints', () => {
  it('TypeScript: exported API, routes, hooks and a test module; priority over exported', () => {
    const source = `@Controller('users')
export class UsersController {
  @Get(':id') find() {}
  ngOnInit() {}
  private load() {}
}
export function create() {}
function local() {}`;
    expect(entryPoints('typescript', 'src/users.controller.ts', source)).toEqual([
      'UsersController.find route',
      'UsersController.ngOnInit lifecycle',
      'create exported',
    ]);
    const test = `import { it } from 'vitest';
function build() {}
it('creates', () => { build(); });`;
    expect(entryPoints('typescript', 'src/users.test.ts', test)).toEqual(['<module> test']);
  });

  it('Python: tests beat routes, main is called from module level, test_helper is no test', () => {
    const source = `@app.get("/x")
def test_route(): pass
def test_helper(): pass
@click.command()
def cli(): pass
def main(): pass
if __name__ == "__main__":
    main()
`;
    expect(entryPoints('python', 'app/main.py', source)).toEqual([
      'test_route route',
      'cli cli',
      'main main',
    ]);
    expect(entryPoints('python', 'tests/test_main.py', source)).toEqual([
      'test_route test',
      'test_helper test',
      'cli cli',
      'main main',
    ]);
  });

  it('Java: a static main outranks the runner callback and @Bean; public methods are no API', () => {
    const source = `package app;
@SpringBootApplication
public class App implements CommandLineRunner {
  public static void main(String[] args) {}
  @Override public void run(String... args) {}
  @Bean public Clock clock() { return null; }
  public void helper() {}
}`;
    expect(entryPoints('java', 'src/main/java/app/App.java', source)).toEqual([
      'App.main main',
      'App.run cli',
      'App.clock lifecycle',
    ]);
  });

  it('Go: main of package main, init, tests of _test.go; exported API elsewhere', () => {
    expect(
      entryPoints('go', 'cmd/app/main.go', 'package main\nfunc main() {}\nfunc Run() {}\n'),
    ).toEqual(['main main']);
    const lib = 'package users\nfunc Create() {}\nfunc main() {}\n';
    expect(entryPoints('go', 'users/users.go', lib)).toEqual(['Create exported']);
    const test =
      'package users\nimport "testing"\nfunc TestCreate(t *testing.T) { Create() }\nfunc Helper() {}\n';
    expect(entryPoints('go', 'users/users_test.go', test)).toEqual(['TestCreate test']);
  });

  it('Rust: #[test] functions, main and pub API', () => {
    const source = `fn main() {}
pub fn api() {}
#[test] fn works() {}
`;
    expect(entryPoints('rust', 'src/lib.rs', source)).toEqual([
      'main main',
      'api exported',
      'works test',
    ]);
  });

  it('C#: test attributes, controller actions and Main', () => {
    const source = `public class UsersController : ControllerBase {
  [HttpGet] public IActionResult List() { return Ok(); }
  public IActionResult Show() { return Ok(); }
}
public class UsersTests {
  [Fact] public void Lists() {}
  public void Helper() {}
}
static class Program { static void Main(string[] args) {} }`;
    expect(entryPoints('csharp', 'Api/Users.cs', source)).toEqual([
      'UsersController.List route',
      'UsersController.Show route',
      'UsersTests.Lists test',
      'Program.Main main',
    ]);
  });

  it('Kotlin, PHP, Ruby and C++: tests and their lookalikes', () => {
    expect(
      entryPoints(
        'kotlin',
        'src/test/kotlin/AppTest.kt',
        'class AppTest {\n  @Test fun works() {}\n  fun helper() {}\n}\n',
      ),
    ).toEqual(['AppTest.works test']);
    expect(
      entryPoints(
        'php',
        'tests/UserTest.php',
        '<?php\nclass UserTest extends TestCase {\n  public function testIt() {}\n  public function helper() {}\n}\n',
      ),
    ).toEqual(['UserTest.testIt test']);
    expect(
      entryPoints(
        'ruby',
        'spec/user_spec.rb',
        "describe User do\n  it 'works' do\n  end\nend\ndef helper; end\n",
      ),
    ).toEqual(['<module> test']);
    expect(
      entryPoints(
        'cpp',
        'test/a_test.cpp',
        'TEST(A, B) { f(); }\nvoid f() {}\nint main() { return 0; }\n',
      ),
    ).toEqual(['TEST test', 'main main']);
  });

  it('counts public members as API in library mode only', () => {
    const facts = loadedParser('java').parse(
      'src/main/java/Lib.java',
      'public class Lib { public void api() {} }',
    );
    const file = { path: 'src/main/java/Lib.java', facts };
    expect(fileEntryPoints(file).functions).toEqual([null]);
    expect(fileEntryPoints(file, { library: true }).functions).toEqual(['exported']);
  });
});
