<?php
/**
 * Plugin Name:       IJM Widgets
 * Description:       IJM's donate box, email sign-up, story cards, related stories and icons as blocks and shortcodes, for every role that writes posts.
 * Version:           0.0.0-dev
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       ijm-widgets
 *
 * @package ijm-widgets
 *
 * One file on purpose: the tags and attributes come from elements.json, written at build time
 * from the widgets' custom-elements.json, so PHP, the blocks and the HTML filter read one
 * definition. Input is sanitised where it enters (settings, block and shortcode attributes),
 * output escaped where it leaves.
 */

defined( 'ABSPATH' ) || exit;

define( 'IJM_WIDGETS_VERSION', '0.0.0-dev' );
define( 'IJM_WIDGETS_DIR', __DIR__ );

/**
 * The widgets' tags and documented attributes (elements.json, from the manifest).
 *
 * @return array<string, array> Tag name => { block, shortcode, title, attributes: [ { name, property, type, url, enum } ] }.
 */
function ijm_widgets_elements() {
	static $elements = null;
	if ( null === $elements ) {
		$json     = file_get_contents( IJM_WIDGETS_DIR . '/elements.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		$data     = json_decode( (string) $json, true );
		$elements = is_array( $data ) && isset( $data['elements'] ) ? $data['elements'] : array();
	}
	return $elements;
}

/** The plugin's words in Romanian, Ukrainian and Bulgarian (languages/, written by the build). */
function ijm_widgets_load_textdomain() {
	load_plugin_textdomain( 'ijm-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}
add_action( 'init', 'ijm_widgets_load_textdomain', 1 );

/** The plugin's options: name => default. */
function ijm_widgets_option_defaults() {
	return array(
		'ijm_widgets_partner'       => '',
		'ijm_widgets_currency'      => '',
		'ijm_widgets_donate_href'   => '',
		'ijm_widgets_signup_action' => '',
		'ijm_widgets_carry_utm'     => true,
		'ijm_widgets_analytics'     => '',
		'ijm_widgets_primary_color' => '',
		'ijm_widgets_accent_color'  => '',
	);
}

/* ---------------------------------------------------------------------------------------------
 * Turning attributes into a tag.
 * ------------------------------------------------------------------------------------------- */

/**
 * A URL attribute's value when it is a safe http(s) URL (or a path on this site), else ''.
 *
 * @param mixed $value The value as given.
 */
function ijm_widgets_safe_url( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	return esc_url( $value, array( 'http', 'https' ) );
}

/**
 * The attributes of `$tag` as an escaped attribute string, from values keyed by attribute name.
 * Unknown names are dropped, booleans become bare attributes, unsafe URLs are removed.
 *
 * @param string $tag    An ijm- tag.
 * @param array  $values Attribute name => value.
 */
function ijm_widgets_attribute_html( $tag, array $values ) {
	$elements = ijm_widgets_elements();
	if ( ! isset( $elements[ $tag ] ) ) {
		return '';
	}
	$html = '';
	foreach ( $elements[ $tag ]['attributes'] as $attribute ) {
		$name = $attribute['name'];
		if ( ! array_key_exists( $name, $values ) || null === $values[ $name ] ) {
			continue;
		}
		$value = $values[ $name ];
		if ( 'boolean' === $attribute['type'] ) {
			if ( true === $value || 'true' === $value || '' === $value || $name === $value || '1' === $value || 1 === $value ) {
				$html .= ' ' . $name;
			}
			continue;
		}
		if ( is_array( $value ) || is_object( $value ) ) {
			$value = wp_json_encode( $value );
		}
		if ( is_bool( $value ) ) {
			continue;
		}
		$value = (string) $value;
		if ( ! empty( $attribute['url'] ) ) {
			$value = ijm_widgets_safe_url( $value );
			if ( '' === $value ) {
				continue;
			}
		}
		if ( 'number' === $attribute['type'] && ( '' === $value || ! is_numeric( $value ) ) ) {
			continue;
		}
		if ( ! empty( $attribute['enum'] ) && '' !== $value && ! in_array( $value, $attribute['enum'], true ) ) {
			continue;
		}
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return $html;
}

/**
 * The provider's attributes from the settings (`<ijm-widgets partner="…" …>`), escaped; '' when
 * nothing is set. The site's language reaches the widgets through `<html lang>`.
 */
function ijm_widgets_provider_attribute_html() {
	$values = array(
		'partner'       => get_option( 'ijm_widgets_partner', '' ),
		'currency'      => get_option( 'ijm_widgets_currency', '' ),
		'donate-href'   => get_option( 'ijm_widgets_donate_href', '' ),
		'signup-action' => get_option( 'ijm_widgets_signup_action', '' ),
		'carry-utm'     => get_option( 'ijm_widgets_carry_utm', true ) ? '' : 'off',
		'analytics'     => get_option( 'ijm_widgets_analytics', '' ),
		'primary-color' => get_option( 'ijm_widgets_primary_color', '' ),
		'accent-color'  => get_option( 'ijm_widgets_accent_color', '' ),
	);
	$html = '';
	foreach ( $values as $name => $value ) {
		if ( ! is_string( $value ) || '' === $value ) {
			continue;
		}
		if ( 'donate-href' === $name || 'signup-action' === $name ) {
			$value = ijm_widgets_safe_url( $value );
			if ( '' === $value ) {
				continue;
			}
		}
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return $html;
}

/**
 * Whether a widget is a box of its own (donate box, sign-up form, card, rail) rather than part
 * of a line of text (an icon, a compact donate button).
 *
 * @param string $html Widget HTML.
 */
function ijm_widgets_is_box( $html ) {
	if ( ! preg_match( '#^<(ijm-[a-z-]+)([^>]*)>#i', $html, $match ) ) {
		return false;
	}
	$tag = strtolower( $match[1] );
	if ( 'ijm-donate-cta' === $tag ) {
		return ! preg_match( '/\svariant\s*=\s*["\']?compact/i', $match[2] );
	}
	return in_array( $tag, array( 'ijm-email-signup', 'ijm-article-card', 'ijm-related-stories' ), true );
}

/**
 * `$inner` inside the provider when the settings give it anything to say. Around a box, the
 * provider is a block (ijm-widgets.css) so it takes the box's place in the theme's layout:
 * themes give their content's direct children its width and margins, and a provider is
 * otherwise `display: contents`, which has no box to size (the widget then ran edge to edge).
 *
 * @param string $inner Widget HTML.
 */
function ijm_widgets_in_provider( $inner ) {
	$attributes = ijm_widgets_provider_attribute_html();
	if ( '' === $attributes ) {
		return $inner;
	}
	$class = ijm_widgets_is_box( $inner ) ? ' class="ijm-widgets-box"' : '';
	return '<ijm-widgets' . $class . $attributes . '>' . $inner . '</ijm-widgets>';
}

/**
 * What shows before the widget's code runs (or if it never does): a plain link where there is
 * one to give.
 *
 * @param string $tag    The tag.
 * @param array  $values Attribute name => value.
 */
function ijm_widgets_fallback_html( $tag, array $values ) {
	if ( 'ijm-donate-cta' === $tag ) {
		$href = ijm_widgets_safe_url( isset( $values['href'] ) ? $values['href'] : '' );
		if ( '' === $href ) {
			$href = ijm_widgets_safe_url( get_option( 'ijm_widgets_donate_href', '' ) );
		}
		if ( '' === $href ) {
			$href = 'https://www.ijm.org/donate';
		}
		return '<a href="' . esc_url( $href ) . '">' . esc_html__( 'Donate to IJM', 'ijm-widgets' ) . '</a>';
	}
	if ( 'ijm-article-card' === $tag ) {
		$href    = ijm_widgets_safe_url( isset( $values['href'] ) ? $values['href'] : '' );
		$heading = isset( $values['heading'] ) && is_scalar( $values['heading'] ) ? (string) $values['heading'] : '';
		if ( '' !== $href && '' !== $heading ) {
			return '<a href="' . esc_url( $href ) . '">' . esc_html( $heading ) . '</a>';
		}
	}
	return '';
}

/**
 * A widget's whole HTML, inside the provider. Also marks the page as one that needs the loader.
 *
 * @param string $tag     The tag.
 * @param array  $values  Attribute name => value.
 * @param string $extra   More attribute HTML, already escaped (the block wrapper's class).
 * @param string $content Inner HTML, already filtered.
 */
function ijm_widgets_render( $tag, array $values, $extra = '', $content = '' ) {
	ijm_widgets_mark_used();
	if ( '' === $content ) {
		$content = ijm_widgets_fallback_html( $tag, $values );
	}
	$widget = '<' . $tag . ijm_widgets_attribute_html( $tag, $values ) . $extra . '>' . $content . '</' . $tag . '>';
	return ijm_widgets_in_provider( $widget );
}

/* ---------------------------------------------------------------------------------------------
 * Shortcodes: [ijm_donate_cta currency="RON" portal-href="https://…" double-opt-in].
 * ------------------------------------------------------------------------------------------- */

/**
 * Registers one shortcode per widget.
 */
function ijm_widgets_register_shortcodes() {
	foreach ( ijm_widgets_elements() as $tag => $element ) {
		if ( empty( $element['shortcode'] ) ) {
			continue;
		}
		add_shortcode(
			$element['shortcode'],
			function ( $atts, $content = '' ) use ( $tag ) {
				$values = array();
				foreach ( (array) $atts as $key => $value ) {
					if ( is_int( $key ) ) {
						// A bare name is a boolean: [ijm_email_signup name-field].
						$values[ strtolower( (string) $value ) ] = true;
					} else {
						$values[ strtolower( (string) $key ) ] = $value;
					}
				}
				$inner = '' === trim( (string) $content ) ? '' : wp_kses_post( $content );
				return ijm_widgets_render( $tag, $values, '', $inner );
			}
		);
	}
}
add_action( 'init', 'ijm_widgets_register_shortcodes' );

/* ---------------------------------------------------------------------------------------------
 * Blocks: dynamic, one block.json each (from the manifest), rendered here.
 * ------------------------------------------------------------------------------------------- */

/**
 * Registers the blocks, the editor script and its data.
 */
function ijm_widgets_register_blocks() {
	$base = plugins_url( '', __FILE__ );
	wp_register_script(
		'ijm-widgets-editor',
		$base . '/editor/editor.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		IJM_WIDGETS_VERSION,
		true
	);
	foreach ( ijm_widgets_elements() as $tag => $element ) {
		if ( empty( $element['block'] ) ) {
			continue;
		}
		$folder = IJM_WIDGETS_DIR . '/blocks/' . substr( $tag, 4 );
		register_block_type(
			$folder,
			array(
				'render_callback' => function ( $attributes ) use ( $tag ) {
					return ijm_widgets_render_block( $tag, (array) $attributes );
				},
			)
		);
	}
}
add_action( 'init', 'ijm_widgets_register_blocks' );

/**
 * A block's HTML from its attributes (the elements' property names: `portalHref`).
 *
 * @param string $tag        The tag.
 * @param array  $attributes Block attributes.
 */
function ijm_widgets_render_block( $tag, array $attributes ) {
	$elements = ijm_widgets_elements();
	$values   = array();
	foreach ( $elements[ $tag ]['attributes'] as $attribute ) {
		if ( array_key_exists( $attribute['property'], $attributes ) ) {
			$values[ $attribute['name'] ] = $attributes[ $attribute['property'] ];
		}
	}
	$class = isset( $attributes['className'] ) ? ijm_widgets_sanitize_class_list( $attributes['className'] ) : '';
	$extra = '' === $class ? '' : ' class="' . esc_attr( $class ) . '"';
	return ijm_widgets_render( $tag, $values, $extra );
}

/**
 * Class names from the block's "Additional CSS class(es)" field, each sanitised.
 *
 * @param mixed $classes Space-separated class names.
 */
function ijm_widgets_sanitize_class_list( $classes ) {
	if ( ! is_string( $classes ) ) {
		return '';
	}
	return trim( implode( ' ', array_filter( array_map( 'sanitize_html_class', preg_split( '/\s+/', $classes ) ) ) ) );
}

/**
 * The "IJM" category of the inserter.
 *
 * @param array $categories The categories.
 */
function ijm_widgets_block_category( $categories ) {
	array_unshift(
		$categories,
		array(
			'slug'  => 'ijm',
			'title' => 'IJM',
			'icon'  => null,
		)
	);
	return $categories;
}
add_filter( 'block_categories_all', 'ijm_widgets_block_category' );

/**
 * The editor: the blocks' script, the widgets' own code for the preview, the settings as the
 * preview's provider.
 */
function ijm_widgets_editor_assets() {
	$data = array(
		'elements' => ijm_widgets_elements(),
		'provider' => ijm_widgets_provider_values(),
		'lang'     => get_bloginfo( 'language' ),
	);
	wp_add_inline_script( 'ijm-widgets-editor', 'window.ijmWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
	wp_enqueue_script( 'ijm-widgets-editor' );
	ijm_widgets_enqueue_front_files();
}
add_action( 'enqueue_block_editor_assets', 'ijm_widgets_editor_assets' );

/** The provider's attribute values from the settings, for the editor's preview. */
function ijm_widgets_provider_values() {
	$html = ijm_widgets_provider_attribute_html();
	preg_match_all( '/ ([a-z-]+)="([^"]*)"/', $html, $matches, PREG_SET_ORDER );
	$values = array();
	foreach ( $matches as $match ) {
		$values[ $match[1] ] = html_entity_decode( $match[2], ENT_QUOTES );
	}
	return $values;
}

/* ---------------------------------------------------------------------------------------------
 * The loader and the placeholder boxes, only on pages that show a widget.
 * ------------------------------------------------------------------------------------------- */

/** A page's content (or a widget's) shows a widget: a tag, a block or a shortcode. */
function ijm_widgets_text_uses_widgets( $text ) {
	if ( ! is_string( $text ) || '' === $text ) {
		return false;
	}
	return false !== stripos( $text, '<ijm-' ) || false !== strpos( $text, '<!-- wp:ijm/' ) || (bool) preg_match( '/\[ijm_[a-z_]+[\s\]]/', $text );
}

/** Records that this page shows a widget; enqueues late (in the footer) if <head> is gone. */
function ijm_widgets_mark_used() {
	$GLOBALS['ijm_widgets_used'] = true;
	if ( did_action( 'wp_head' ) && ! is_admin() ) {
		ijm_widgets_enqueue_front_files();
	}
}

/** The widgets in active widget areas (block, Custom HTML and Text widgets). */
function ijm_widgets_widget_areas_use_widgets() {
	$sidebars = wp_get_sidebars_widgets();
	foreach ( $sidebars as $sidebar => $widget_ids ) {
		if ( 'wp_inactive_widgets' === $sidebar || ! is_array( $widget_ids ) || ! is_active_sidebar( $sidebar ) ) {
			continue;
		}
		foreach ( $widget_ids as $widget_id ) {
			if ( ! preg_match( '/^(block|custom_html|text)-(\d+)$/', $widget_id, $match ) ) {
				continue;
			}
			$instances = get_option( 'widget_' . $match[1], array() );
			$instance  = isset( $instances[ $match[2] ] ) ? $instances[ $match[2] ] : array();
			foreach ( array( 'content', 'text' ) as $field ) {
				if ( isset( $instance[ $field ] ) && ijm_widgets_text_uses_widgets( $instance[ $field ] ) ) {
					return true;
				}
			}
		}
	}
	return false;
}

/** Whether the page being served shows a widget. */
function ijm_widgets_page_uses_widgets() {
	if ( ! empty( $GLOBALS['ijm_widgets_used'] ) ) {
		return true;
	}
	global $wp_query;
	if ( $wp_query instanceof WP_Query ) {
		foreach ( (array) $wp_query->posts as $post ) {
			if ( $post instanceof WP_Post && ijm_widgets_text_uses_widgets( $post->post_content ) ) {
				return true;
			}
		}
	}
	return ijm_widgets_widget_areas_use_widgets();
}

/** The loader (a module) and the placeholder stylesheet. */
function ijm_widgets_enqueue_front_files() {
	$base = plugins_url( 'cdn', __FILE__ );
	wp_enqueue_style( 'ijm-widgets-placeholders', $base . '/placeholders.css', array(), IJM_WIDGETS_VERSION );
	wp_enqueue_style( 'ijm-widgets', plugins_url( 'ijm-widgets.css', __FILE__ ), array( 'ijm-widgets-placeholders' ), IJM_WIDGETS_VERSION );
	wp_enqueue_script( 'ijm-widgets-loader', $base . '/loader.js', array(), IJM_WIDGETS_VERSION, false );
}

/** In <head>, only on pages that show a widget. */
function ijm_widgets_front_assets() {
	if ( ijm_widgets_page_uses_widgets() ) {
		ijm_widgets_enqueue_front_files();
	}
}
add_action( 'wp_enqueue_scripts', 'ijm_widgets_front_assets' );

/**
 * The text of the site's language is fetched with the loader, not after it: a widget that has
 * its code but not yet its words draws nothing, and the page below it would move.
 */
function ijm_widgets_preload_language() {
	if ( ! wp_script_is( 'ijm-widgets-loader', 'enqueued' ) ) {
		return;
	}
	$lang = strtolower( substr( get_bloginfo( 'language' ), 0, 2 ) );
	if ( in_array( $lang, array( 'ro', 'uk', 'bg' ), true ) ) {
		echo '<link rel="modulepreload" href="' . esc_url( plugins_url( 'cdn/locales/' . $lang . '.js', __FILE__ ) ) . '">' . "\n";
	}
}
add_action( 'wp_head', 'ijm_widgets_preload_language', 7 );

/**
 * The loader is an ES module (WordPress 6.1 has no script modules API).
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 */
function ijm_widgets_module_script_tag( $tag, $handle ) {
	if ( 'ijm-widgets-loader' !== $handle ) {
		return $tag;
	}
	return preg_replace( '/<script(?![^>]*\stype=)/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'ijm_widgets_module_script_tag', 10, 2 );

/* ---------------------------------------------------------------------------------------------
 * The HTML filter (kses): the tags and their documented attributes, for every role.
 * ------------------------------------------------------------------------------------------- */

/**
 * The tags, their attributes and lang, dir, class, id, slot; nothing else.
 *
 * @param array  $allowed The allowed HTML.
 * @param string $context The kses context.
 */
function ijm_widgets_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context ) {
		return $allowed;
	}
	foreach ( ijm_widgets_elements() as $tag => $element ) {
		$attributes = array(
			'lang'  => true,
			'dir'   => true,
			'class' => true,
			'id'    => true,
			'slot'  => true,
		);
		foreach ( $element['attributes'] as $attribute ) {
			$attributes[ $attribute['name'] ] = true;
		}
		$allowed[ $tag ] = $attributes;
	}
	// Slotted content the widgets document: an article card's image.
	if ( isset( $allowed['img'] ) ) {
		$allowed['img']['slot'] = true;
	}
	foreach ( array( 'a', 'p', 'span', 'div', 'h2', 'h3', 'h4' ) as $tag ) {
		if ( isset( $allowed[ $tag ] ) ) {
			$allowed[ $tag ]['slot'] = true;
		}
	}
	return $allowed;
}
add_filter( 'wp_kses_allowed_html', 'ijm_widgets_allowed_html', 10, 2 );

/**
 * A <script> or <style> the filter removes goes with its text: without this, kses keeps the text
 * between the tags and the page shows code or CSS as words (in excerpts too).
 *
 * @param string       $content      Content being filtered.
 * @param array|string $allowed_html The allowed HTML (or a context name).
 */
function ijm_widgets_drop_code_text( $content, $allowed_html ) {
	if ( is_string( $allowed_html ) ) {
		$allowed_html = wp_kses_allowed_html( $allowed_html );
	}
	if ( ! is_string( $content ) || ! is_array( $allowed_html ) ) {
		return $content;
	}
	foreach ( array( 'script', 'style' ) as $tag ) {
		if ( ! isset( $allowed_html[ $tag ] ) && false !== stripos( $content, '<' . $tag ) ) {
			$content = preg_replace( '#<' . $tag . '\b[^>]*>.*?(</' . $tag . '\s*>|$)#is', '', $content );
		}
	}
	return $content;
}
add_filter( 'pre_kses', 'ijm_widgets_drop_code_text', 10, 2 );

/**
 * The widgets' URL attributes are checked like href: no javascript: and the like.
 *
 * @param string[] $attributes Attribute names whose value is a URL.
 */
function ijm_widgets_uri_attributes( $attributes ) {
	foreach ( ijm_widgets_elements() as $element ) {
		foreach ( $element['attributes'] as $attribute ) {
			if ( ! empty( $attribute['url'] ) && ! in_array( $attribute['name'], $attributes, true ) ) {
				$attributes[] = $attribute['name'];
			}
		}
	}
	return $attributes;
}
add_filter( 'wp_kses_uri_attributes', 'ijm_widgets_uri_attributes' );

/**
 * The classic editor's Visual tab keeps the tags.
 *
 * @param array $init TinyMCE settings.
 */
function ijm_widgets_tinymce( $init ) {
	$valid  = array();
	$custom = array();
	foreach ( ijm_widgets_elements() as $tag => $element ) {
		$names = array( 'lang', 'dir', 'class', 'id', 'slot' );
		foreach ( $element['attributes'] as $attribute ) {
			$names[] = $attribute['name'];
		}
		$valid[]  = $tag . '[' . implode( '|', $names ) . ']';
		$custom[] = $tag;
	}
	$init['extended_valid_elements'] = trim( ( isset( $init['extended_valid_elements'] ) ? $init['extended_valid_elements'] . ',' : '' ) . implode( ',', $valid ), ',' );
	$init['custom_elements']         = trim( ( isset( $init['custom_elements'] ) ? $init['custom_elements'] . ',' : '' ) . implode( ',', $custom ), ',' );
	return $init;
}
add_filter( 'tiny_mce_before_init', 'ijm_widgets_tinymce' );

/* ---------------------------------------------------------------------------------------------
 * Tags written in the content: kept whole by wpautop, given the settings as provider defaults.
 * ------------------------------------------------------------------------------------------- */

/**
 * Each outermost ijm- element is set aside before wpautop (which would wrap it in <p> and put
 * <br /> inside it) and put back after, inside the provider.
 *
 * @param string $content Post content.
 */
function ijm_widgets_set_aside_tags( $content ) {
	if ( ! is_string( $content ) || false === stripos( $content, '<ijm-' ) ) {
		return $content;
	}
	return preg_replace_callback(
		'#<(ijm-[a-z][a-z0-9-]*)\b[^>]*>.*?</\1\s*>#is',
		function ( $match ) {
			$GLOBALS['ijm_widgets_set_aside'][] = $match[0];
			$key                                = count( $GLOBALS['ijm_widgets_set_aside'] ) - 1;
			return "\n\n<!--ijm-widgets-" . $key . "-->\n\n";
		},
		$content
	);
}
add_filter( 'the_content', 'ijm_widgets_set_aside_tags', 8 );
add_filter( 'widget_text_content', 'ijm_widgets_set_aside_tags', 8 );
add_filter( 'widget_block_content', 'ijm_widgets_set_aside_tags', 8 );

/**
 * Puts back what ijm_widgets_set_aside_tags set aside.
 *
 * @param string $content Filtered content.
 */
function ijm_widgets_put_back_tags( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, '<!--ijm-widgets-' ) ) {
		return $content;
	}
	ijm_widgets_mark_used();
	return preg_replace_callback(
		'#(?:<p>\s*)?<!--ijm-widgets-(\d+)-->(?:\s*</p>)?#',
		function ( $match ) {
			$html = isset( $GLOBALS['ijm_widgets_set_aside'][ (int) $match[1] ] ) ? $GLOBALS['ijm_widgets_set_aside'][ (int) $match[1] ] : '';
			// A provider written by the author is theirs: left as it is.
			return 0 === stripos( $html, '<ijm-widgets' ) ? $html : ijm_widgets_in_provider( $html );
		},
		$content
	);
}
add_filter( 'the_content', 'ijm_widgets_put_back_tags', 12 );
add_filter( 'widget_text_content', 'ijm_widgets_put_back_tags', 12 );
add_filter( 'widget_block_content', 'ijm_widgets_put_back_tags', 12 );

/* ---------------------------------------------------------------------------------------------
 * Settings → IJM Widgets.
 * ------------------------------------------------------------------------------------------- */

/**
 * A bad value is refused with a message; the option keeps what it had.
 *
 * @param string $option  Option name.
 * @param string $message What is wrong.
 */
function ijm_widgets_refuse( $option, $message ) {
	add_settings_error( $option, $option . '-invalid', $message, 'error' );
	return get_option( $option, ijm_widgets_option_defaults()[ $option ] );
}

/** A URL setting: empty, or http(s). */
function ijm_widgets_sanitize_url_setting( $option ) {
	return function ( $value ) use ( $option ) {
		$value = is_string( $value ) ? trim( $value ) : '';
		if ( '' === $value ) {
			return '';
		}
		$safe = esc_url_raw( $value, array( 'http', 'https' ) );
		if ( '' === $safe || ! wp_http_validate_url( $safe ) && ! preg_match( '#^https?://[^/\s]+#i', $safe ) ) {
			/* translators: %s: the address typed. */
			return ijm_widgets_refuse( $option, sprintf( __( '"%s" is not a web address (it must start with https:// or http://). The previous value is kept.', 'ijm-widgets' ), $value ) );
		}
		return $safe;
	};
}

/**
 * Registers the settings (with REST schemas, so the REST settings endpoint refuses bad values too).
 */
function ijm_widgets_register_settings() {
	$url_schema = array(
		'type'   => 'string',
		'format' => 'uri',
	);
	$settings   = array(
		'ijm_widgets_partner'       => array(
			'type'              => 'string',
			'sanitize_callback' => function ( $value ) {
				$value = is_string( $value ) ? trim( $value ) : '';
				if ( '' !== $value && ! preg_match( '/^[A-Za-z0-9._-]{1,64}$/', $value ) ) {
					return ijm_widgets_refuse( 'ijm_widgets_partner', __( 'A partner id has only letters, digits, dots, dashes and underscores (the one IJM gave you). The previous value is kept.', 'ijm-widgets' ) );
				}
				return $value;
			},
			'show_in_rest'      => array(
				'schema' => array(
					'type'    => 'string',
					'pattern' => '^[A-Za-z0-9._-]{0,64}$',
				),
			),
		),
		'ijm_widgets_currency'      => array(
			'type'              => 'string',
			'sanitize_callback' => function ( $value ) {
				$value = is_string( $value ) ? strtoupper( trim( $value ) ) : '';
				if ( '' !== $value && ! preg_match( '/^[A-Z]{3}$/', $value ) ) {
					return ijm_widgets_refuse( 'ijm_widgets_currency', __( 'A currency is three letters, like RON, EUR, UAH or BGN. The previous value is kept.', 'ijm-widgets' ) );
				}
				return $value;
			},
			'show_in_rest'      => array(
				'schema' => array(
					'type'    => 'string',
					'pattern' => '^([A-Za-z]{3})?$',
				),
			),
		),
		'ijm_widgets_donate_href'   => array(
			'type'              => 'string',
			'sanitize_callback' => ijm_widgets_sanitize_url_setting( 'ijm_widgets_donate_href' ),
			'show_in_rest'      => array( 'schema' => $url_schema ),
		),
		'ijm_widgets_signup_action' => array(
			'type'              => 'string',
			'sanitize_callback' => ijm_widgets_sanitize_url_setting( 'ijm_widgets_signup_action' ),
			'show_in_rest'      => array( 'schema' => $url_schema ),
		),
		'ijm_widgets_carry_utm'     => array(
			'type'              => 'boolean',
			'default'           => true,
			'sanitize_callback' => function ( $value ) {
				return (bool) $value;
			},
			'show_in_rest'      => true,
		),
		'ijm_widgets_analytics'     => array(
			'type'              => 'string',
			'sanitize_callback' => function ( $value ) {
				$value = is_string( $value ) ? trim( $value ) : '';
				if ( '' !== $value && 'datalayer' !== $value ) {
					return ijm_widgets_refuse( 'ijm_widgets_analytics', __( 'Analytics is either "datalayer" or none. The previous value is kept.', 'ijm-widgets' ) );
				}
				return $value;
			},
			'show_in_rest'      => array(
				'schema' => array(
					'type' => 'string',
					'enum' => array( '', 'datalayer' ),
				),
			),
		),
	);
	foreach ( array( 'ijm_widgets_primary_color', 'ijm_widgets_accent_color' ) as $option ) {
		$settings[ $option ] = array(
			'type'              => 'string',
			'sanitize_callback' => function ( $value ) use ( $option ) {
				$value = is_string( $value ) ? trim( $value ) : '';
				if ( '' !== $value && ! sanitize_hex_color( $value ) ) {
					return ijm_widgets_refuse( $option, __( 'A colour is written like #0a5c8a. The previous value is kept.', 'ijm-widgets' ) );
				}
				return strtolower( $value );
			},
			'show_in_rest'      => array(
				'schema' => array(
					'type'    => 'string',
					'pattern' => '^(#([0-9a-fA-F]{3}){1,2})?$',
				),
			),
		);
	}
	foreach ( $settings as $option => $args ) {
		$args['default'] = ijm_widgets_option_defaults()[ $option ];
		register_setting( 'ijm_widgets', $option, $args );
	}
}
add_action( 'init', 'ijm_widgets_register_settings' );

/** The page under Settings. */
function ijm_widgets_settings_menu() {
	add_options_page( __( 'IJM Widgets', 'ijm-widgets' ), __( 'IJM Widgets', 'ijm-widgets' ), 'manage_options', 'ijm-widgets', 'ijm_widgets_settings_page' );
}
add_action( 'admin_menu', 'ijm_widgets_settings_menu' );

/** The settings' fields. */
function ijm_widgets_settings_fields() {
	add_settings_section( 'ijm_widgets_main', '', '__return_false', 'ijm-widgets' );
	$fields = array(
		'ijm_widgets_partner'       => array( __( 'Partner id', 'ijm-widgets' ), 'text', __( 'Sent with every donation and sign-up, so IJM knows they came through you.', 'ijm-widgets' ) ),
		'ijm_widgets_currency'      => array( __( 'Currency', 'ijm-widgets' ), 'text', __( 'Three letters: RON, EUR, UAH, BGN, USD…', 'ijm-widgets' ) ),
		'ijm_widgets_donate_href'   => array( __( 'Donation page', 'ijm-widgets' ), 'url', __( 'Where the donate buttons send people. Empty: IJM\'s donation page.', 'ijm-widgets' ) ),
		'ijm_widgets_signup_action' => array( __( 'Sign-up address', 'ijm-widgets' ), 'url', __( 'The address your email service gave you for sign-ups.', 'ijm-widgets' ) ),
		'ijm_widgets_carry_utm'     => array( __( 'Campaign tags', 'ijm-widgets' ), 'checkbox', __( 'Pass the page\'s utm_ campaign tags on to donations and sign-ups.', 'ijm-widgets' ) ),
		'ijm_widgets_analytics'     => array( __( 'Analytics', 'ijm-widgets' ), 'analytics', __( 'Send the widgets\' events to Google Tag Manager\'s dataLayer.', 'ijm-widgets' ) ),
		'ijm_widgets_primary_color' => array( __( 'Main colour', 'ijm-widgets' ), 'color', __( 'Buttons and links, like #0a5c8a. Empty: IJM\'s colours.', 'ijm-widgets' ) ),
		'ijm_widgets_accent_color'  => array( __( 'Accent colour', 'ijm-widgets' ), 'color', __( 'Highlights, like #f2a900. Empty: IJM\'s colours.', 'ijm-widgets' ) ),
	);
	foreach ( $fields as $option => $field ) {
		add_settings_field(
			$option,
			$field[0],
			'ijm_widgets_settings_field',
			'ijm-widgets',
			'ijm_widgets_main',
			array(
				'label_for' => $option,
				'kind'      => $field[1],
				'help'      => $field[2],
			)
		);
	}
}
add_action( 'admin_init', 'ijm_widgets_settings_fields' );

/**
 * One field.
 *
 * @param array $args label_for (the option), kind, help.
 */
function ijm_widgets_settings_field( $args ) {
	$option = $args['label_for'];
	$value  = get_option( $option, ijm_widgets_option_defaults()[ $option ] );
	$help   = '<p class="description" id="' . esc_attr( $option ) . '-help">' . esc_html( $args['help'] ) . '</p>';
	switch ( $args['kind'] ) {
		case 'checkbox':
			echo '<input type="hidden" name="' . esc_attr( $option ) . '" value="0">';
			echo '<label><input type="checkbox" id="' . esc_attr( $option ) . '" name="' . esc_attr( $option ) . '" value="1" aria-describedby="' . esc_attr( $option ) . '-help"' . checked( (bool) $value, true, false ) . '> ' . esc_html__( 'On', 'ijm-widgets' ) . '</label>';
			break;
		case 'analytics':
			echo '<select id="' . esc_attr( $option ) . '" name="' . esc_attr( $option ) . '" aria-describedby="' . esc_attr( $option ) . '-help">';
			echo '<option value=""' . selected( $value, '', false ) . '>' . esc_html__( 'None', 'ijm-widgets' ) . '</option>';
			echo '<option value="datalayer"' . selected( $value, 'datalayer', false ) . '>dataLayer (Google Tag Manager)</option>';
			echo '</select>';
			break;
		default:
			$type = 'url' === $args['kind'] ? 'url' : 'text';
			echo '<input type="' . esc_attr( $type ) . '" class="regular-text" id="' . esc_attr( $option ) . '" name="' . esc_attr( $option ) . '" value="' . esc_attr( (string) $value ) . '" aria-describedby="' . esc_attr( $option ) . '-help">';
	}
	echo $help; // phpcs:ignore WordPress.Security.EscapeOutput -- escaped above.
}

/** Settings → IJM Widgets. */
function ijm_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'Every IJM widget on this site uses these, unless a widget says otherwise. The widgets speak the site\'s language (Settings → General).', 'ijm-widgets' ) . '</p>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'ijm_widgets' );
	do_settings_sections( 'ijm-widgets' );
	submit_button();
	echo '</form></div>';
}
