"""A Kubernetes Secret manifest: its values are base64-encoded, not encrypted."""

import base64

import yaml

manifest = """
apiVersion: v1
kind: Secret
metadata:
  name: orders-db
type: Opaque
data:
  DATABASE_URL: cG9zdGdyZXNxbDovL2FwcDpwd0BkYjo1NDMyL29yZGVycw==
"""
secret = yaml.safe_load(manifest)
for key, value in secret["data"].items():
    print(f"{key} in the manifest: {value}")
    print(f"{key} decoded, no key needed: {base64.b64decode(value).decode()}")
