"""Log formatters created in a loop: which level does each one use?"""

formatters = []
for level in ["info", "warning", "error"]:
    formatters.append(lambda message: f"[{level}] {message}")

for format_message in formatters:
    print(format_message("disk 91% full"))
