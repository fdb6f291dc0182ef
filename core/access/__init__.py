"""Access to public services: road-network costs, the 2SFCA family, gaps and coverage."""
