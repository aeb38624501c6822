"""The parts of the Excel export: one module per sheet, plus shared cell writing and styles.

The public entry point is ``journeymap.io.xlsx_export.export_xlsx``. Everything here reads
the model only; nothing imports Qt, so a workbook can be made on a machine without a display.
"""
