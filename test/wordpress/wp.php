<?php
/**
 * A small stand-in for wp-cli (which Debian does not package): loads the WordPress at
 * http://localhost/ (or at $IJM_WP_HOST) and does one thing, printing JSON. Used by
 * test/wordpress/run.mjs and scripts/wordpress-ci.sh.
 *
 *   php test/wordpress/wp.php users              the test's users (created once) with application passwords
 *   php test/wordpress/wp.php option NAME        an option's value (null when it does not exist)
 *   php test/wordpress/wp.php set-option NAME JSON
 *   php test/wordpress/wp.php site-language ro_RO
 *   php test/wordpress/wp.php activate           activates ijm-widgets (when unpacked by hand, for debugging)
 *   php test/wordpress/wp.php make-network       the network tables (what Tools → Network Setup does)
 *   php test/wordpress/wp.php network-site       on a network: the Romanian site ro.<host>, its administrator
 *                                                (not a super admin), a classic theme with a widget in its sidebar
 *   php test/wordpress/wp.php uninstall          deactivates and deletes ijm-widgets (runs its uninstall.php)
 */
$_SERVER['HTTP_HOST']   = getenv( 'IJM_WP_HOST' ) ? getenv( 'IJM_WP_HOST' ) : 'localhost';
$_SERVER['SERVER_NAME'] = $_SERVER['HTTP_HOST'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
define( 'WP_USE_THEMES', false );
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/user.php';

$command = isset( $argv[1] ) ? $argv[1] : '';
switch ( $command ) {
	case 'users':
		$out = array();
		foreach ( array( 'administrator' => 'admin', 'editor' => 'ed', 'author' => 'ana', 'contributor' => 'costin' ) as $role => $login ) {
			$user = get_user_by( 'login', $login );
			$id   = $user ? $user->ID : wp_insert_user(
				array(
					'user_login' => $login,
					'user_pass'  => 'ijm-' . $login . '-pass-1',
					'user_email' => $login . '@example.org',
					'role'       => $role,
				)
			);
			if ( is_wp_error( $id ) ) {
				fwrite( STDERR, $id->get_error_message() . "\n" );
				exit( 1 );
			}
			$created      = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'ijm-ci-' . wp_generate_password( 6, false ) ) );
			$out[ $role ] = array(
				'id'           => $id,
				'login'        => $login,
				'password'     => 'ijm-' . $login . '-pass-1',
				'app_password' => $created[0],
				'can_unfiltered_html' => user_can( $id, 'unfiltered_html' ),
			);
		}
		echo wp_json_encode( $out );
		break;
	case 'option':
		$missing = new stdClass();
		$value   = get_option( $argv[2], $missing );
		echo wp_json_encode( $value === $missing ? null : $value );
		break;
	case 'set-option':
		update_option( $argv[2], json_decode( $argv[3], true ) );
		echo 'true';
		break;
	case 'site-language':
		// The site's language without its translation files (none can be downloaded here):
		// written past sanitize_option, which keeps WPLANG to installed languages.
		global $wpdb;
		delete_option( 'WPLANG' );
		$wpdb->insert( $wpdb->options, array( 'option_name' => 'WPLANG', 'option_value' => $argv[2], 'autoload' => 'yes' ) );
		wp_cache_delete( 'alloptions', 'options' );
		echo wp_json_encode( $argv[2] );
		break;
	case 'activate':
		$result = activate_plugin( 'ijm-widgets/ijm-widgets.php' );
		echo wp_json_encode( is_wp_error( $result ) ? $result->get_error_message() : true );
		break;
	case 'make-network':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		require_once ABSPATH . 'wp-admin/includes/network.php';
		global $wpdb;
		foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) {
			$wpdb->$table = $prefixed;
		}
		install_network();
		$result = populate_network( 1, $_SERVER['HTTP_HOST'], 'admin@example.org', 'IJM Network', '/', true );
		echo wp_json_encode( is_wp_error( $result ) ? $result->get_error_message() : true );
		break;
	case 'network-site':
		$host = 'ro.' . $_SERVER['HTTP_HOST'];
		$site = get_blog_id_from_url( $host, '/' );
		if ( ! $site ) {
			$site = wpmu_create_blog( $host, '/', 'Speranța (rețea)', 1, array( 'WPLANG' => '' ) );
		}
		$login = 'siteadmin';
		$user  = get_user_by( 'login', $login );
		$id    = $user ? $user->ID : wpmu_create_user( $login, 'ijm-siteadmin-pass-1', 'siteadmin@example.org' );
		add_user_to_blog( $site, $id, 'administrator' );
		switch_to_blog( $site );
		global $wpdb;
		delete_option( 'WPLANG' );
		$wpdb->insert( $wpdb->options, array( 'option_name' => 'WPLANG', 'option_value' => 'ro_RO', 'autoload' => 'yes' ) );
		wp_cache_delete( 'alloptions', 'options' );
		// Plain links (Apache here has no rewrite rules).
		update_option( 'permalink_structure', '' );
		// A classic theme (the page's <head> is printed before its content) with a sidebar.
		update_site_option( 'allowedthemes', array( 'twentytwentyone' => true, 'twentytwentythree' => true ) );
		switch_theme( 'twentytwentyone' );
		update_option( 'widget_block', array( 2 => array( 'content' => '<!-- wp:ijm/donate-cta {"variant":"compact"} /-->' ), '_multiwidget' => 1 ) );
		update_option( 'sidebars_widgets', array( 'wp_inactive_widgets' => array(), 'sidebar-1' => array( 'block-2' ), 'array_version' => 3 ) );
		$created = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'ijm-ci-' . wp_generate_password( 6, false ) ) );
		echo wp_json_encode(
			array(
				'site'         => $site,
				'url'          => home_url( '/' ),
				'login'        => $login,
				'password'     => 'ijm-siteadmin-pass-1',
				'app_password' => $created[0],
				'can_unfiltered_html' => user_can( $id, 'unfiltered_html' ),
			)
		);
		restore_current_blog();
		break;
	case 'uninstall':
		deactivate_plugins( 'ijm-widgets/ijm-widgets.php', false, is_multisite() );
		$result = delete_plugins( array( 'ijm-widgets/ijm-widgets.php' ) );
		echo wp_json_encode( is_wp_error( $result ) ? $result->get_error_message() : $result );
		break;
	default:
		fwrite( STDERR, "unknown command\n" );
		exit( 1 );
}
