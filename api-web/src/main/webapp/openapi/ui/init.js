// The API document of this server, browsed with the sign-in the page was opened with.
window.ui = SwaggerUIBundle({url: document.location.pathname.replace(/\/openapi\/ui.*$/, '/openapi?format=JSON'), dom_id: '#swagger-ui'});
