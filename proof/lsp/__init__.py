"""`proof lsp`: proof's flags in any editor, over the Language Server Protocol on stdio."""
