#!/usr/bin/env bash
# A fresh, real WordPress on http://localhost/ (and a multisite network on http://net.localhost/) for test/wordpress/run.mjs: Debian's WordPress
# (6.1), PHP, MariaDB and Apache, installed if missing, started, and a new site installed by
# POSTing WordPress's own install form. Run as root (CI is). Every run starts from an empty
# database and no ijm-widgets plugin, so the test installs the plugin zip as a partner would.
# Apache takes port 80 on localhost: nothing else in this repository's CI uses it.
set -euo pipefail

if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
pkgs=(wordpress wordpress-theme-twentytwentythree wordpress-theme-twentytwentyone php-cli php-mysql mariadb-server apache2 libapache2-mod-php curl)
missing=()
for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "apt: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# MariaDB, and a database of our own (dropped first: every run is a new site).
if ! $SUDO mysqladmin ping >/dev/null 2>&1; then $SUDO /etc/init.d/mariadb start >/dev/null; fi
$SUDO mysql <<'SQL'
DROP DATABASE IF EXISTS ijm_wordpress;
CREATE DATABASE ijm_wordpress DEFAULT CHARACTER SET utf8mb4;
DROP DATABASE IF EXISTS ijm_wordpress_net;
CREATE DATABASE ijm_wordpress_net DEFAULT CHARACTER SET utf8mb4;
DROP DATABASE IF EXISTS ijm_wordpress_strict;
CREATE DATABASE ijm_wordpress_strict DEFAULT CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS 'ijm_wordpress'@'localhost' IDENTIFIED BY 'ijm-wordpress-ci';
GRANT ALL ON ijm_wordpress.* TO 'ijm_wordpress'@'localhost';
GRANT ALL ON ijm_wordpress_net.* TO 'ijm_wordpress'@'localhost';
GRANT ALL ON ijm_wordpress_strict.* TO 'ijm_wordpress'@'localhost';
FLUSH PRIVILEGES;
SQL

# Debian's WordPress reads /etc/wordpress/config-<host>.php. "local" lets application passwords
# work over plain http; "direct" lets the plugin upload form write to wp-content.
salt() { head -c 48 /dev/urandom | base64 | tr -d '\n/+='; }
# wp_config HOST DATABASE [PHP lines…]: /etc/wordpress/config-HOST.php for a site in DATABASE.
wp_config() {
  local host=$1 database=$2
  shift 2
  {
    cat <<PHP
<?php
define('DB_NAME', '$database');
define('DB_USER', 'ijm_wordpress');
define('DB_PASSWORD', 'ijm-wordpress-ci');
define('DB_HOST', 'localhost');
define('WP_ENVIRONMENT_TYPE', 'local');
define('FS_METHOD', 'direct');
PHP
    for line in "$@"; do echo "$line"; done
    for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
      echo "define('$key', '$(salt)');"
    done
  } | $SUDO tee "/etc/wordpress/config-$host.php" >/dev/null
  $SUDO chmod 644 "/etc/wordpress/config-$host.php"
}
wp_config localhost ijm_wordpress "define('WP_HOME', 'http://localhost');" "define('WP_SITEURL', 'http://localhost');"

# A multisite network (sub-domains) at net.localhost, with a Romanian site at ro.net.localhost:
# Debian looks for config-ro.net.localhost.php, then config-net.localhost.php. Browsers send
# every *.localhost name to this machine. It starts as a single site; the network is made
# after the install below.
wp_config net.localhost ijm_wordpress_net "define('WP_ALLOW_MULTISITE', true);"
# A single site with DISALLOW_UNFILTERED_HTML at strict.localhost: no role, not even its
# administrator, may post unfiltered HTML there.
wp_config strict.localhost ijm_wordpress_strict "define('DISALLOW_UNFILTERED_HTML', true);"

# Apache: WordPress at the root of localhost, wp-content where Debian keeps it.
$SUDO tee /etc/apache2/sites-available/ijm-wordpress.conf >/dev/null <<'CONF'
<VirtualHost *:80>
  ServerName localhost
  ServerAlias net.localhost *.net.localhost strict.localhost
  DocumentRoot /usr/share/wordpress
  DirectoryIndex index.php
  Alias /wp-content /var/lib/wordpress/wp-content
  <Directory /usr/share/wordpress>
    Options FollowSymLinks
    AllowOverride None
    Require all granted
  </Directory>
  <Directory /var/lib/wordpress/wp-content>
    Options FollowSymLinks
    Require all granted
  </Directory>
</VirtualHost>
CONF
$SUDO a2dissite -q 000-default >/dev/null 2>&1 || true
$SUDO a2ensite -q ijm-wordpress >/dev/null
# Only on the loopback interface.
$SUDO sed -i 's/^Listen 80$/Listen 127.0.0.1:80/' /etc/apache2/ports.conf
if pgrep -x apache2 >/dev/null; then
  $SUDO apache2ctl graceful
else
  $SUDO apache2ctl start
fi

# No plugin from a previous run (the test installs the zip through the upload form).
$SUDO rm -rf /var/lib/wordpress/wp-content/plugins/ijm-widgets /var/lib/wordpress/wp-content/upgrade/*

# Wait for Apache, then install the site through WordPress's own form.
for _ in $(seq 1 50); do curl -s -o /dev/null http://localhost/wp-admin/install.php && break; sleep 0.2; done
# install_site HOST TITLE: WordPress's own install form, POSTed for the site at HOST.
install_site() {
  local host=$1 title=$2
  curl -fsS -o "/tmp/ijm-wordpress-install-$host.html" -H "Host: $host" \
    --data-urlencode "weblog_title=$title" \
    --data-urlencode 'user_name=admin' \
    --data-urlencode 'admin_password=ijm-admin-pass-1' \
    --data-urlencode 'admin_password2=ijm-admin-pass-1' \
    --data-urlencode 'pw_weak=1' \
    --data-urlencode 'admin_email=admin@example.org' \
    --data-urlencode 'blog_public=0' \
    'http://127.0.0.1/wp-admin/install.php?step=2'
  grep -q 'wp-login.php' "/tmp/ijm-wordpress-install-$host.html" || { echo "WordPress did not install at $host"; exit 1; }
}
install_site localhost 'Speranța pentru Libertate'
# The network: installed as a single site through the same form, then made a network (what
# Tools → Network Setup does), then the config says so.
install_site net.localhost 'IJM Network'
install_site strict.localhost 'Speranța (strict)'
IJM_WP_HOST=net.localhost php "$(dirname "$0")/../test/wordpress/wp.php" make-network >/dev/null
$SUDO tee -a /etc/wordpress/config-net.localhost.php >/dev/null <<'PHP'
define('MULTISITE', true);
define('SUBDOMAIN_INSTALL', true);
define('DOMAIN_CURRENT_SITE', 'net.localhost');
define('PATH_CURRENT_SITE', '/');
define('SITE_ID_CURRENT_SITE', 1);
define('BLOG_ID_CURRENT_SITE', 1);
PHP
echo "WordPress multisite network at http://net.localhost/, and a site with DISALLOW_UNFILTERED_HTML at http://strict.localhost/ (same admin)"
echo "WordPress $(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" /usr/share/wordpress/wp-includes/version.php) at http://localhost/ (admin / ijm-admin-pass-1)"
