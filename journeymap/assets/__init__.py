"""Bundled data: templates, fonts, icons, translations, the file-format schema."""
