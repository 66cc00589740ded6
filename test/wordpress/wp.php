<?php
/**
 * A small stand-in for wp-cli (which Debian does not package): loads the WordPress at
 * http://localhost/ and does one thing, printing JSON. Used by test/wordpress/run.mjs.
 *
 *   php test/wordpress/wp.php users              the test's users (created once) with application passwords
 *   php test/wordpress/wp.php option NAME        an option's value (null when it does not exist)
 *   php test/wordpress/wp.php set-option NAME JSON
 *   php test/wordpress/wp.php site-language ro_RO
 *   php test/wordpress/wp.php activate           activates ijm-widgets (when unpacked by hand, for debugging)
 *   php test/wordpress/wp.php uninstall          deactivates and deletes ijm-widgets (runs its uninstall.php)
 */
$_SERVER['HTTP_HOST']   = 'localhost';
$_SERVER['SERVER_NAME'] = 'localhost';
$_SERVER['REQUEST_URI'] = '/';
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
	case 'uninstall':
		deactivate_plugins( 'ijm-widgets/ijm-widgets.php' );
		$result = delete_plugins( array( 'ijm-widgets/ijm-widgets.php' ) );
		echo wp_json_encode( is_wp_error( $result ) ? $result->get_error_message() : $result );
		break;
	default:
		fwrite( STDERR, "unknown command\n" );
		exit( 1 );
}
