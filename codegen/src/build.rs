//! The build-script front-end: a folder of specs → one file per provider plus an index module.

use crate::{Generated, Options, generate};
use std::path::{Path, PathBuf};

/// What a successful run read, so build.rs can ask cargo to watch exactly those files.
#[derive(Debug, Default)]
pub struct Report {
    pub inputs: Vec<PathBuf>,
    pub providers: Vec<String>,
}

/// Generates every `*.yaml` in `specs_dir` into `out_dir`. Problems come back as printable lines
/// (`specs/x.yaml:3:5: ...`); nothing is written unless every spec is clean.
pub fn generate_dir(
    specs_dir: &Path,
    out_dir: &Path,
    runtime: &str,
) -> Result<Report, Vec<String>> {
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(specs_dir)
        .map_err(|e| {
            vec![format!(
                "{}: cannot read the specs folder: {e}",
                specs_dir.display()
            )]
        })?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension()
                .is_some_and(|ext| ext == "yaml" || ext == "yml")
        })
        .collect();
    inputs.sort();
    let options = Options {
        runtime: runtime.to_string(),
    };
    let mut generated = Vec::new();
    let mut problems = Vec::new();
    for path in &inputs {
        let shown = display_name(path);
        match std::fs::read_to_string(path) {
            Err(e) => problems.push(format!("{shown}: cannot read: {e}")),
            Ok(source) => match generate(&shown, &source, &options) {
                Ok(g) => generated.push(g),
                Err(diags) => problems.extend(diags.iter().map(|d| d.to_string())),
            },
        }
    }
    check_unique_ids(&generated, &mut problems);
    if !problems.is_empty() {
        return Err(problems);
    }
    for g in &generated {
        write_if_changed(&out_dir.join(format!("{}.rs", g.id)), &g.source).map_err(|e| vec![e])?;
    }
    write_if_changed(
        &out_dir.join("providers.rs"),
        &index_source(&generated, runtime),
    )
    .map_err(|e| vec![e])?;
    Ok(Report {
        inputs,
        providers: generated.into_iter().map(|g| g.id).collect(),
    })
}

/// `specs/name.yaml`: short, stable names in messages whatever the absolute path is.
fn display_name(path: &Path) -> String {
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let folder = path
        .parent()
        .and_then(|p| p.file_name())
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    if folder.is_empty() {
        file
    } else {
        format!("{folder}/{file}")
    }
}

fn check_unique_ids(generated: &[Generated], problems: &mut Vec<String>) {
    for (i, g) in generated.iter().enumerate() {
        if generated[..i].iter().any(|other| other.id == g.id) {
            problems.push(format!(
                "two specs declare the provider id `{}`; ids must be unique",
                g.id
            ));
        }
    }
}

/// The module that includes every provider, lists them in `ALL`, and dispatches `encode_request`.
pub fn index_source(generated: &[Generated], runtime: &str) -> String {
    let rt: proc_macro2::TokenStream = runtime
        .parse()
        .unwrap_or_else(|_| quote::quote!(::grokvid::rt));
    let modules = generated.iter().map(|g| {
        let doc = crate::emit::docs(&g.doc);
        let id = crate::emit::ident(&g.id);
        let file = format!("/{}.rs", g.id);
        quote::quote! {
            #doc
            pub mod #id {
                include!(concat!(env!("OUT_DIR"), #file));
            }
        }
    });
    let arms = generated.iter().map(|g| {
        let (name, id) = (&g.id, crate::emit::ident(&g.id));
        quote::quote!(#name => #id::encode_request(operation, json))
    });
    let reply_arms = generated.iter().map(|g| {
        let (name, id) = (&g.id, crate::emit::ident(&g.id));
        quote::quote!(#name => #id::typed_reply(operation, json))
    });
    let call_arms = generated.iter().map(|g| {
        let (name, id) = (&g.id, crate::emit::ident(&g.id));
        quote::quote!(#name => #id::call(client, operation, json).await)
    });
    let all = generated.iter().map(|g| {
        let id = crate::emit::ident(&g.id);
        quote::quote!(&#id::PROVIDER)
    });
    let tokens = quote::quote! {
        #(#modules)*

        /// Reads, validates and encodes a request of any built-in provider (see each module's
        /// `encode_request`).
        pub fn encode_request(
            provider: &str,
            operation: &str,
            json: #rt::serde_json::Value,
        ) -> Result<#rt::Encoded, #rt::Error> {
            match provider {
                #(#arms,)*
                other => Err(#rt::Error::Config(format!("no built-in provider `{other}`"))),
            }
        }

        /// Reads a reply of any built-in provider into its typed response and back to JSON (see each
        /// module's `typed_reply`).
        pub fn typed_reply(
            provider: &str,
            operation: &str,
            json: #rt::serde_json::Value,
        ) -> Result<#rt::serde_json::Value, #rt::Error> {
            match provider {
                #(#reply_arms,)*
                other => Err(#rt::Error::Config(format!("no built-in provider `{other}`"))),
            }
        }

        /// Calls an operation of the client's provider with a request read from JSON (see each module's
        /// `call`).
        pub async fn call(
            client: &#rt::HttpClient,
            operation: &str,
            json: #rt::serde_json::Value,
        ) -> Result<#rt::DynReply, #rt::Error> {
            match client.provider().id() {
                #(#call_arms,)*
                other => Err(#rt::Error::Config(format!("no built-in provider `{other}`"))),
            }
        }

        /// Every built-in provider, in file-name order.
        pub static ALL: &[&#rt::spec::Provider] = &[#(#all),*];
    };
    format!(
        "// Generated by grokvid-codegen from specs/*.yaml. Do not edit.\n\n{}",
        crate::format_tokens(tokens)
    )
}

/// Writes only when the content differs, so unchanged output keeps its mtime and nothing rebuilds.
pub fn write_if_changed(path: &Path, content: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).is_ok_and(|old| old == content) {
        return Ok(());
    }
    std::fs::write(path, content).map_err(|e| format!("{}: cannot write: {e}", path.display()))
}
