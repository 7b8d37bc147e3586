# Headless chromium and its WebDriver for the browser tests of the web page (tests/Wiredesk.Web.Tests/Browser).
# Without them those tests skip and say why.
ci_apt_install chromium chromium-driver || return 1
export WIREDESK_CHROMIUM=/usr/bin/chromium
export WIREDESK_CHROMEDRIVER=/usr/bin/chromedriver
