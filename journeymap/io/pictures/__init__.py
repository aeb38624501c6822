"""Pictures of a map (PNG, SVG, PDF, clipboard), all drawn by the canvas's own scene.

``frame`` decides what goes where (title, the map or the selection, legend);
``compose`` paints that onto any QPaintDevice; ``png``, ``svg`` and ``pdf`` only
choose the device and write the bytes.
"""
