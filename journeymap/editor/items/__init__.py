"""Graphics items of the canvas. They draw what the scene tells them and never change the model."""
