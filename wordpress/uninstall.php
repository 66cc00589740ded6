<?php
/**
 * Uninstalling IJM Widgets deletes its options (on every site of a network). Posts keep their
 * blocks and shortcodes: they show nothing until the plugin is back.
 *
 * @package ijm-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

$ijm_widgets_options = array(
	'ijm_widgets_partner',
	'ijm_widgets_currency',
	'ijm_widgets_donate_href',
	'ijm_widgets_signup_action',
	'ijm_widgets_carry_utm',
	'ijm_widgets_analytics',
	'ijm_widgets_primary_color',
	'ijm_widgets_accent_color',
);

/** Deletes the options of the current site. */
function ijm_widgets_delete_options( array $options ) {
	foreach ( $options as $option ) {
		delete_option( $option );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $ijm_widgets_site ) {
		switch_to_blog( $ijm_widgets_site );
		ijm_widgets_delete_options( $ijm_widgets_options );
		restore_current_blog();
	}
} else {
	ijm_widgets_delete_options( $ijm_widgets_options );
}
