"""Member pages, by job: ``signup`` (signup and the guardian's consent), ``identity``
(identity verification), ``account`` (log-in, password reset) and ``mypage`` (My Page
and withdrawal). Views translate HTTP to service calls and back; rules live in the
services."""
