//! The table of `unified.images`' item template (`grokvid_spec::table::ImageItem`).

use super::{Emitter, unsuffixed_u64};
use crate::model::ImageItemDef;
use proc_macro2::TokenStream;
use quote::quote;

impl Emitter<'_> {
    /// `ImageItem::NONE.with_…(…)`, or nothing when the spec gives no item template.
    pub(super) fn image_item_table(&self, item: &ImageItemDef) -> Option<TokenStream> {
        let rt = &self.rt;
        let mut out = quote!(#rt::ImageItem::NONE);
        let mut any = false;
        if !item.consts.is_empty() {
            let consts = item.consts.iter().map(|(key, value)| {
                let value = self.scalar(value);
                quote!((#key, #value))
            });
            out = quote!(#out.with_consts(&[#(#consts),*]));
            any = true;
        }
        if let Some((at, first, last)) = &item.roles {
            out = quote!(#out.with_roles(#rt::FrameRoles::new(#at, #first, #last)));
            any = true;
        }
        if item.data_uri {
            out = quote!(#out.data_uri());
            any = true;
        }
        if let Some(max) = item.max_bytes {
            let max = unsuffixed_u64(max);
            out = quote!(#out.with_max_bytes(#max));
            any = true;
        }
        any.then_some(out)
    }
}
