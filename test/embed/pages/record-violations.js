// Records CSP and Trusted Types violations so the test can assert there were none.
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
