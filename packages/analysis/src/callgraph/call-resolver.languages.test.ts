import { describe, expect, it } from 'vitest';
import { resolveFileCalls } from './call-resolver.js';
import { SymbolIndex } from './symbol-index.js';
import { edgeLines, parseProject } from './test-project.js';

async function edgesOf(files: Record<string, string>, path: string): Promise<string[]> {
  const { facts, read } = await parseProject(files);
  return edgeLines(resolveFileCalls(path, SymbolIndex.build(facts, read)).edges);
}

describe('resolveFileCalls in other languages', () => {
  it('Kotlin: implicit this, constructor properties, aliased object imports, top-level function imports, companion objects', async () => {
    const edges = await edgesOf(
      {
        'src/shop/Service.kt': `package com.shop.k

import com.shop.k.util.helper
import com.shop.k.util.Tools as T

class Repo {
    fun find(): String = ""
}

open class Base

class Factory {
    companion object {
        fun create(): Factory = Factory()
    }
}

class Service(private val repo: Repo) : Base() {
    fun run() {
        go()
        repo.find()
        T.make()
        helper()
        Factory.create()
    }

    private fun go() {}
}
`,
        'src/shop/util/Util.kt': `package com.shop.k.util

fun helper() {}

object Tools {
    fun make() {}
}
`,
      },
      'src/shop/Service.kt',
    );
    expect(edges).toEqual([
      'src/shop/Service.kt#Service.run -> src/shop/Service.kt#Factory.Companion.create [instance]',
      'src/shop/Service.kt#Service.run -> src/shop/Service.kt#Repo.find [instance]',
      'src/shop/Service.kt#Service.run -> src/shop/Service.kt#Service.go [this]',
      'src/shop/Service.kt#Service.run -> src/shop/util/Util.kt#Tools.make [instance]',
      'src/shop/Service.kt#Service.run -> src/shop/util/Util.kt#helper [import]',
    ]);
  });

  it('C#: fields, base calls, using directives and enclosing namespaces', async () => {
    const edges = await edgesOf(
      {
        'Services/Svc.cs': `namespace App.Services
{
    using App.Repos;

    public class Svc : BaseSvc
    {
        private readonly UserRepo _repo;

        public Svc(UserRepo repo) { _repo = repo; }

        public void Run()
        {
            Go();
            _repo.Find();
            base.Log();
            Helper.Do();
            Console.WriteLine("x");
        }

        private void Go() {}
    }

    public class BaseSvc
    {
        protected void Log() {}
    }
}
`,
        'Repos/UserRepo.cs': `namespace App.Repos
{
    public class UserRepo
    {
        public void Find() {}
    }
}
`,
        'Helper.cs': `namespace App
{
    public static class Helper
    {
        public static void Do() {}
    }
}
`,
      },
      'Services/Svc.cs',
    );
    expect(edges).toEqual([
      'Services/Svc.cs#Svc.Run -> Helper.cs#Helper.Do [instance]',
      'Services/Svc.cs#Svc.Run -> Repos/UserRepo.cs#UserRepo.Find [instance]',
      'Services/Svc.cs#Svc.Run -> Services/Svc.cs#BaseSvc.Log [this]',
      'Services/Svc.cs#Svc.Run -> Services/Svc.cs#Svc.Go [this]',
    ]);
  });

  it('PHP: $this->, typed properties, parent::, self::, use imports and namespaced functions', async () => {
    const edges = await edgesOf(
      {
        'src/Svc/Svc.php': `<?php
namespace App\\Svc;

use App\\Repo\\UserRepo;

class Svc extends Base
{
    private UserRepo $repo;

    public function __construct(UserRepo $repo)
    {
        parent::__construct();
        $this->repo = $repo;
    }

    public function run()
    {
        $this->go();
        $this->repo->find();
        self::st();
        helper();
        return new UserRepo();
    }

    private function go() {}

    public static function st() {}
}

function helper() {}
`,
        'src/Svc/Base.php': `<?php
namespace App\\Svc;

class Base
{
    public function __construct() {}
}
`,
        'src/Repo/UserRepo.php': `<?php
namespace App\\Repo;

class UserRepo
{
    public function __construct() {}
    public function find() {}
}
`,
      },
      'src/Svc/Svc.php',
    );
    expect(edges).toEqual([
      'src/Svc/Svc.php#Svc.__construct -> src/Svc/Base.php#Base.__construct [this]',
      'src/Svc/Svc.php#Svc.run -> src/Repo/UserRepo.php#UserRepo.__construct [instance]',
      'src/Svc/Svc.php#Svc.run -> src/Repo/UserRepo.php#UserRepo.find [instance]',
      'src/Svc/Svc.php#Svc.run -> src/Svc/Svc.php#Svc.go [this]',
      'src/Svc/Svc.php#Svc.run -> src/Svc/Svc.php#Svc.st [this]',
      'src/Svc/Svc.php#Svc.run -> src/Svc/Svc.php#helper [local]',
    ]);
  });

  it('Ruby: self calls, implicit self with parentheses, X.new as a constructor call, class methods', async () => {
    const edges = await edgesOf(
      {
        'lib/svc.rb': `class Svc < Base
  def initialize(repo)
    @repo = repo
  end

  def run
    go()
    self.go
    Helper.do_it
  end

  def go; end
end
`,
        'lib/helper.rb': `class Helper
  def self.do_it
    Svc.new(nil)
  end
end
`,
        'lib/base.rb': 'class Base\nend\n',
      },
      'lib/svc.rb',
    );
    expect(edges).toEqual([
      'lib/svc.rb#Svc.run -> lib/helper.rb#Helper.do_it [instance]',
      'lib/svc.rb#Svc.run -> lib/svc.rb#Svc.go [this]',
      'lib/svc.rb#Svc.run -> lib/svc.rb#Svc.go [this]',
    ]);
  });

  it('Rust: self and Self calls, associated functions and field types by unique name', async () => {
    const edges = await edgesOf(
      {
        'src/svc.rs': `use crate::store::Store;

pub struct Svc {
    store: Store,
}

impl Svc {
    pub fn new() -> Self {
        Svc { store: Store::new() }
    }

    pub fn run(&self) {
        self.go();
        Self::st();
        self.store.get();
        helper();
    }

    fn go(&self) {}

    fn st() {}
}
`,
        'src/store.rs': `pub struct Store {}

impl Store {
    pub fn new() -> Self {
        Store {}
    }

    pub fn get(&self) {}
}

pub fn helper() {}
`,
      },
      'src/svc.rs',
    );
    expect(edges).toEqual([
      'src/svc.rs#Svc.new -> src/store.rs#Store.new [instance]',
      'src/svc.rs#Svc.run -> src/store.rs#Store.get [instance]',
      'src/svc.rs#Svc.run -> src/store.rs#helper [name]',
      'src/svc.rs#Svc.run -> src/svc.rs#Svc.go [this]',
      'src/svc.rs#Svc.run -> src/svc.rs#Svc.st [this]',
    ]);
  });

  it('C++: methods defined outside their class, fields declared in a header, free functions by unique name', async () => {
    const edges = await edgesOf(
      {
        'src/svc.hpp': `#include "repo.hpp"
class Svc {
 public:
  void run();
 private:
  void go();
  Repo repo_;
};
`,
        'src/svc.cpp': `#include "svc.hpp"
void Svc::run() {
  go();
  this->go();
  repo_.find();
  helper();
}
void Svc::go() {}
`,
        'src/repo.hpp': `class Repo {
 public:
  void find() {}
};
void helper() {}
`,
      },
      'src/svc.cpp',
    );
    expect(edges).toEqual([
      'src/svc.cpp#Svc.run -> src/repo.hpp#Repo.find [instance]',
      'src/svc.cpp#Svc.run -> src/repo.hpp#helper [name]',
      'src/svc.cpp#Svc.run -> src/svc.cpp#Svc.go [this]',
      'src/svc.cpp#Svc.run -> src/svc.cpp#Svc.go [this]',
    ]);
  });
});
