"""An endpoint "protected" by OAuth2PasswordBearer and nothing else."""

from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.security import OAuth2PasswordBearer
from fastapi.testclient import TestClient

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="token")
app = FastAPI()


@app.get("/me")
def read_me(token: Annotated[str, Depends(oauth2_scheme)]) -> dict:
    return {"token": token}


client = TestClient(app)
response = client.get("/me")
print(response.status_code, response.headers["www-authenticate"], response.json())
response = client.get("/me", headers={"Authorization": "Bearer made-up"})
print(response.status_code, response.json())
