"""Placeholder: the human-readable view of the sandbox at /_sandbox/."""

from fastapi import APIRouter

router = APIRouter()
