"""Placeholder: the web sign-in flow (/auth/google/start → Google → /auth/google/callback)."""

from fastapi import APIRouter

router = APIRouter(tags=["auth"])
