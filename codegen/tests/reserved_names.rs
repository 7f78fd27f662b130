//! Generated names never shadow a name generated code relies on. The loader renames or rejects every
//! type name in `names::RESERVED_TYPE_NAMES` (specs/README.md "Rust names"); this test keeps that list
//! complete: every name the generated modules of the shipped and test specs, and the runtime's
//! `macro_rules!` bodies they expand, write without a path must be on it (or be defined by the module
//! itself). An emitter that starts writing `Duration` unqualified fails here until `Duration` is
//! reserved.

use grokvid_codegen::names::{CLIENT_METHODS, RESERVED_TYPE_NAMES};
use grokvid_codegen::{Options, emit_items, load};
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

/// Files under `dir` (recursively) with the extension `ext`.
fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// Capitalized identifiers used as the first segment of a path: not after `::`, `.` or `$`, not the
/// name being defined (after `struct`, `enum`, `type`, `const`...), not inside attributes, and not a
/// one-letter generic parameter.
fn unqualified(tokens: TokenStream, out: &mut BTreeSet<String>) {
    let mut previous: Vec<String> = Vec::new();
    for tree in tokens {
        let last = previous.last().map(String::as_str);
        match &tree {
            TokenTree::Group(group) => {
                let attribute =
                    matches!(last, Some("#" | "!")) && group.delimiter() == Delimiter::Bracket;
                // The body of `enum Name { ... }` declares variants.
                let variants = previous.len() >= 2 && previous[previous.len() - 2] == "enum";
                if !attribute && !variants {
                    unqualified(group.stream(), out);
                }
            }
            TokenTree::Ident(ident) => {
                let name = ident.to_string();
                let defines = matches!(
                    last,
                    Some("struct" | "enum" | "type" | "const" | "static" | "trait" | "fn" | "mod")
                );
                let qualified = matches!(last, Some(":" | "." | "$"));
                if !defines
                    && !qualified
                    && name.len() > 1
                    && name.starts_with(|c: char| c.is_ascii_uppercase())
                {
                    out.insert(name.clone());
                }
            }
            _ => {}
        }
        previous.push(match &tree {
            TokenTree::Group(_) => "{}".to_string(),
            TokenTree::Ident(ident) => ident.to_string(),
            TokenTree::Punct(punct) => punct.as_char().to_string(),
            TokenTree::Literal(_) => "literal".to_string(),
        });
    }
}

/// The names of every `struct` the tokens declare, at any depth.
fn structs(tokens: TokenStream, out: &mut BTreeSet<String>) {
    let mut after_struct = false;
    for tree in tokens {
        match &tree {
            TokenTree::Group(group) => structs(group.stream(), out),
            TokenTree::Ident(ident) if after_struct => {
                out.insert(ident.to_string());
            }
            _ => {}
        }
        after_struct = matches!(&tree, TokenTree::Ident(ident) if ident == "struct");
    }
}

/// The bodies of every `macro_rules!` in the runtime's sources.
fn runtime_macros() -> TokenStream {
    let mut sources = Vec::new();
    files(&Path::new(ROOT).join("client/src"), "rs", &mut sources);
    let mut macros = TokenStream::new();
    for path in sources {
        let text = std::fs::read_to_string(&path).unwrap();
        let tokens: TokenStream = text
            .parse()
            .unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        for window in trees.windows(4) {
            if let [
                TokenTree::Ident(m),
                TokenTree::Punct(bang),
                TokenTree::Ident(_),
                TokenTree::Group(body),
            ] = window
                && m == "macro_rules"
                && bang.as_char() == '!'
            {
                macros.extend(body.stream());
            }
        }
    }
    macros
}

#[test]
fn every_name_generated_code_writes_unqualified_is_reserved() {
    let mut specs = Vec::new();
    files(&Path::new(ROOT).join("specs"), "yaml", &mut specs);
    files(&Path::new(ROOT).join("tests/specs"), "yaml", &mut specs);
    files(&Path::new(ROOT).join("client/specs"), "yaml", &mut specs);
    assert!(specs.len() >= 7, "the specs were found: {specs:?}");
    // Per module: the names it writes unqualified that it does not define itself.
    let mut used = BTreeSet::new();
    let mut modules = Vec::new();
    for path in &specs {
        let source = std::fs::read_to_string(path).unwrap();
        let spec = load(&path.display().to_string(), &source)
            .unwrap_or_else(|d| panic!("{}: {d:?}", path.display()));
        let mut defined: BTreeSet<String> = spec.types.iter().map(|t| t.name.clone()).collect();
        for op in &spec.operations {
            defined.insert(format!("{}Request", op.type_prefix));
            defined.insert(format!("{}Response", op.type_prefix));
            // The operation's table, a static named after it.
            defined.insert(op.name.to_uppercase());
        }
        let mut names = BTreeSet::new();
        let items = emit_items(&spec, &Options::default());
        // Structs local to a function (a nested body's serialization views) are the module's own.
        structs(items.clone(), &mut defined);
        unqualified(items, &mut names);
        used.extend(names.difference(&defined).cloned());
        modules.push((path.clone(), defined));
    }
    let macros = runtime_macros();
    assert!(!macros.is_empty(), "the runtime's macros were found");
    unqualified(macros, &mut used);
    used.remove("Self");
    let unreserved: Vec<&String> = used
        .iter()
        .filter(|name| !RESERVED_TYPE_NAMES.contains(&name.as_str()))
        .collect();
    assert!(
        unreserved.is_empty(),
        "generated code writes these names without a path, so a spec type of that name would shadow \
         them: add them to `RESERVED_TYPE_NAMES` in codegen/src/names.rs (or qualify them): \
         {unreserved:?}"
    );
    // And no module defines one of them (`specs/stdnames.yaml` tries).
    for (path, defined) in &modules {
        let shadowing: Vec<&String> = defined.intersection(&used).collect();
        assert!(shadowing.is_empty(), "{}: {shadowing:?}", path.display());
    }
    // The scan sees what it must: names the runtime's macros are known to use.
    for name in ["Result", "TryFrom", "Client", "PROVIDER"] {
        assert!(used.contains(name), "`{name}` was seen: {used:?}");
    }
}

/// The names of every `fn` the tokens declare, at any depth.
fn functions(tokens: TokenStream, out: &mut BTreeSet<String>) {
    let mut after_fn = false;
    for tree in tokens {
        match &tree {
            TokenTree::Group(group) => functions(group.stream(), out),
            TokenTree::Ident(ident) if after_fn => {
                out.insert(ident.to_string());
            }
            _ => {}
        }
        after_fn = matches!(&tree, TokenTree::Ident(ident) if ident == "fn");
    }
}

/// The body of the runtime's `client!` macro, which writes every generated `Client`'s own methods.
fn client_macro() -> TokenStream {
    let text =
        std::fs::read_to_string(Path::new(ROOT).join("client/src/validate/wire.rs")).unwrap();
    let tokens: TokenStream = text.parse().unwrap();
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    trees
        .windows(4)
        .find_map(|window| match window {
            [
                TokenTree::Ident(m),
                TokenTree::Punct(bang),
                TokenTree::Ident(name),
                TokenTree::Group(body),
            ] if m == "macro_rules" && bang.as_char() == '!' && name == "client" => {
                Some(body.stream())
            }
            _ => None,
        })
        .expect("`macro_rules! client` in client/src/validate/wire.rs")
}

#[test]
fn no_operation_may_take_a_method_name_of_the_generated_client() {
    let mut methods = BTreeSet::new();
    functions(client_macro(), &mut methods);
    for known in ["new", "wait", "download"] {
        assert!(methods.contains(known), "`{known}` was seen: {methods:?}");
    }
    let unreserved: Vec<&String> = methods
        .iter()
        .filter(|name| !CLIENT_METHODS.contains(&name.as_str()))
        .collect();
    assert!(
        unreserved.is_empty(),
        "the generated `Client` has these methods of its own, so an operation of that name would \
         clash with them: add them to `CLIENT_METHODS` in codegen/src/names.rs: {unreserved:?}"
    );
}
