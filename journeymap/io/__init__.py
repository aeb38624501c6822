"""Files and exports: .journey files, templates, pictures and workbooks."""
